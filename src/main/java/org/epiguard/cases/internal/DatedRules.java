package org.epiguard.cases.internal;

/** The query of the version of a dated rule in force on a day ({@code :d}); before the first version, the first. */
final class DatedRules {

    private DatedRules() {
    }

    static String inForce(String table) {
        return "select * from " + table + """
                
                 order by effective_from <= :d desc,
                          case when effective_from <= :d then effective_from end desc nulls last,
                          effective_from
                 limit 1""";
    }
}
