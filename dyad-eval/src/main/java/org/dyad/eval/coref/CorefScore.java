package org.dyad.eval.coref;

/** Precision and recall as summed numerators and denominators, so that documents add up. */
public record CorefScore(double pNum, double pDen, double rNum, double rDen) {
  public static final CorefScore EMPTY = new CorefScore(0, 0, 0, 0);

  public CorefScore plus(CorefScore o) {
    return new CorefScore(pNum + o.pNum, pDen + o.pDen, rNum + o.rNum, rDen + o.rDen);
  }

  public double precision() {
    return pDen == 0 ? 0 : pNum / pDen;
  }

  public double recall() {
    return rDen == 0 ? 0 : rNum / rDen;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
