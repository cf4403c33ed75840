package org.caseledger.core.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 朔: the instant of a new moon, by Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49 (the mean phase, its 25
 * periodic terms and 14 planetary ones: within a few seconds for this century), turned from dynamical time into UT with
 * Espenak and Meeus's ΔT polynomials. A Chinese month begins on the day the new moon falls on in Beijing time (UTC+8,
 * GB/T 33661-2017 《农历的编算和颁行》); the calendar's 初一 is checked against it.
 */
public final class NewMoon {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final double MEAN_LUNATION_DAYS = 29.530588861;

    private NewMoon() {
    }

    /** The new moon nearest to noon of {@code day} (Beijing time). */
    public static Instant nearest(LocalDate day) {
        double yearFraction = day.getYear() + (day.getDayOfYear() - 0.5) / day.lengthOfYear();
        long k = Math.round((yearFraction - 2000) * 12.3685);
        Instant best = null;
        long bestDistance = Long.MAX_VALUE;
        long noon = day.atTime(12, 0).atZone(BEIJING).toEpochSecond();
        for (long i = k - 1; i <= k + 1; i++) {
            Instant candidate = ofLunation(i);
            long distance = Math.abs(candidate.getEpochSecond() - noon);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The Beijing day of the new moon nearest to {@code day}. */
    public static LocalDate dayNearest(LocalDate day) {
        return nearest(day).atZone(BEIJING).toLocalDate();
    }

    /** The new moon of lunation {@code k} (k = 0 is the one of 6 January 2000). */
    static Instant ofLunation(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + MEAN_LUNATION_DAYS * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
                {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
                {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
                {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
                {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
                {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
        double a = 0;
        for (int i = 0; i < planetary.length; i++) {
            double arg = planetary[i][0] + planetary[i][1] * k + (i == 0 ? -0.009173 * t2 : 0);
            a += planetary[i][2] * Math.sin(rad(arg));
        }
        double jdeCorrected = jde + c + a;
        double year = 2000 + (jdeCorrected - 2451544.5) / 365.25;
        double jdUt = jdeCorrected - deltaT(year) / 86_400.0;
        double seconds = (jdUt - 2440587.5) * 86_400.0;
        return Instant.ofEpochSecond(Math.round(seconds));
    }

    /** ΔT = TT − UT in seconds (Espenak & Meeus, NASA's Five Millennium Canon polynomials, 2005-2150). */
    static double deltaT(double year) {
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
