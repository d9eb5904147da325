/** Build-time generator of Dyad's event lexicon from CAMEO seeds and WordNet 3.1 (never needed at run time). */
package org.dyad.lexicon;
