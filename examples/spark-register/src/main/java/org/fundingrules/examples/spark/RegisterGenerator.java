package org.fundingrules.examples.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.examples.spark.RegisterCases.Award;
import org.fundingrules.examples.spark.RegisterCases.Link;

/**
 * A synthetic de minimis register of any size, the same for the same seed: awards to undertakings in groups of
 * four linked by holdings, and known breaches planted in some groups. Every value is a pure function of the seed and
 * an index, so Spark can generate the rows in parallel ({@link RegisterJob#generate}).
 *
 * <p>Undertakings come in groups of four: a root, two enterprises it holds and one held by the second of those.
 * Most holdings carry 51 % to 100 % of the votes (control, so the group is one single undertaking, Reg. 1407/2013
 * Art. 2(2)(a)); one in five carries 30 % (no control: linked in the table, not a single undertaking); some begin
 * after the first awards or end before the last, and one undertaking in eight is in another Member State than its
 * root. Awards go to undertakings at random, 2019 to 2025, EUR 1 000 to 31 000, mostly grants.
 *
 * <p>In every fiftieth group three awards are planted: EUR 150 000 to the root on 2021-03-15; EUR 60 000 on
 * 2022-09-15 to the enterprise it holds at 80 % since 2015, which breaches the ceiling of Reg. 1407/2013 only as one
 * single undertaking with the root (150 000.00 + 60 000.00 = 210 000.00 > 200 000.00, kind {@code group}); and
 * EUR 320 000 on 2025-03-03 under Reg. 2023/2831 to the third, a breach on its own (320 000.00 > 300 000.00, kind
 * {@code alone}). Random awards only add to the aid counted, so a planted breach stays a breach.
 */
public final class RegisterGenerator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final String[] COUNTRIES = {"IT", "FR", "DE", "ES", "PL", "AT", "BE", "NL"};
    /** Every this-many-th group holds planted breaches. */
    static final int PLANT_EVERY = 50;
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 2557;   // 2019-01-01 to 2025-12-31

    private final long seed;
    private final long undertakings;

    /** A register of {@code awards} random awards (the planted ones come on top) to awards / 5 undertakings. */
    public RegisterGenerator(long seed, long awards) {
        this.seed = seed;
        this.undertakings = Math.max(4, (awards / 5 + 3) / 4 * 4);
    }

    /** The number of undertakings. */
    public long undertakings() {
        return undertakings;
    }

    /** The undertaking's id. */
    public static String id(long u) {
        return String.format("U%08d", u);
    }

    /** Random award {@code i}. */
    public Award award(long i) {
        long u = Math.floorMod(mix(2, i), undertakings);
        String ms = Math.floorMod(mix(3, i), 10) == 0 ? COUNTRIES[(int) Math.floorMod(mix(4, i), COUNTRIES.length)] : country(u);
        LocalDate date = FIRST.plusDays(Math.floorMod(mix(5, i), DAYS));
        BigDecimal amount = BigDecimal.valueOf(100_000 + Math.floorMod(mix(6, i), 3_000_000L), 2);
        String basis = date.isBefore(LocalDate.of(2024, 1, 1)) ? "REG_1407_2013"
                : date.isAfter(LocalDate.of(2024, 6, 30)) ? "REG_2023_2831"
                : Math.floorMod(mix(7, i), 2) == 0 ? "REG_1407_2013" : "REG_2023_2831";
        String instrument = Math.floorMod(mix(8, i), 10) == 0 ? "LOAN" : "GRANT";
        String purpose = Math.floorMod(mix(9, i), 100) == 0 ? "EXPORT" : "GENERAL";
        String body = "Body-" + ms + "-" + Math.floorMod(mix(10, i), 20);
        return new Award(String.format("A%09d", i), id(u), ms, body, basis, instrument, date, amount, "EUR", purpose);
    }

    /** The holdings of undertaking {@code u} in the enterprise it holds, if any: none for a group's root. */
    public List<Link> links(long u) {
        int place = (int) (u % 4);
        if (place == 0) {
            return List.of();
        }
        long root = u - place;
        long holder = place == 3 ? u - 1 : root;
        if (plantedIn(root) && place == 1) {
            BigDecimal share = BigDecimal.valueOf(80);
            return List.of(new Link(id(holder), id(u), share, share, LocalDate.of(2015, 1, 1), null));
        }
        BigDecimal share = BigDecimal.valueOf(Math.floorMod(mix(11, u), 5) == 0 ? 30 : 51 + Math.floorMod(mix(12, u), 50));
        LocalDate since = LocalDate.of(2017, 1, 1).plusDays(Math.floorMod(mix(13, u), 2500));
        LocalDate until = Math.floorMod(mix(14, u), 10) == 0 ? since.plusDays(700) : null;
        return List.of(new Link(id(holder), id(u), share, share, since, until));
    }

    /** The awards planted in the group of root {@code root}, with their kind; none when the group holds none. */
    public List<Planted> planted(long root) {
        if (!plantedIn(root)) {
            return List.of();
        }
        String ms = country(root);
        String body = "Body-" + ms + "-planted";
        List<Planted> out = new ArrayList<>();
        out.add(new Planted(new Award("P" + id(root) + "-a", id(root), ms, body, "REG_1407_2013", "GRANT",
                LocalDate.of(2021, 3, 15), new BigDecimal("150000.00"), "EUR", "GENERAL"), "set-up"));
        out.add(new Planted(new Award("P" + id(root) + "-b", id(root + 1), ms, body, "REG_1407_2013", "GRANT",
                LocalDate.of(2022, 9, 15), new BigDecimal("60000.00"), "EUR", "GENERAL"), "group"));
        out.add(new Planted(new Award("P" + id(root) + "-c", id(root + 2), ms, body, "REG_2023_2831", "GRANT",
                LocalDate.of(2025, 3, 3), new BigDecimal("320000.00"), "EUR", "GENERAL"), "alone"));
        return out;
    }

    /** A planted award and its kind: {@code set-up} (not a breach by itself), {@code group} or {@code alone}. */
    public record Planted(Award award, String kind) {
        /** Whether the award is a planted breach (a set-up award is not one by itself). */
        public boolean breach() {
            return !"set-up".equals(kind);
        }
    }

    private boolean plantedIn(long root) {
        return (root / 4) % PLANT_EVERY == 7;
    }

    /** The Member State of undertaking {@code u}: its root's, or in one case of eight another. */
    String country(long u) {
        long root = u - u % 4;
        int c = (int) Math.floorMod(mix(1, root), COUNTRIES.length);
        if (u != root && Math.floorMod(mix(15, u), 8) == 0) {
            c = (c + 1) % COUNTRIES.length;
        }
        return COUNTRIES[c];
    }

    private long mix(long stream, long i) {
        // SplitMix64 over seed, stream and index: independent values for each field of each row
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + i * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
