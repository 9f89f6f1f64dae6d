package org.epiguard.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The 177 communes of Quảng Ninh read from the GSO list shipped with the application, for tests without a database. */
final class QuangNinhCommunes {

    private static List<Commune> cached;

    private QuangNinhCommunes() {
    }

    static synchronized List<Commune> all() {
        if (cached == null) {
            cached = read();
        }
        return cached;
    }

    private static List<Commune> read() {
        var in = Objects.requireNonNull(QuangNinhCommunes.class.getResourceAsStream("/geo/admin-units.csv"));
        Map<String, String[]> districts = new HashMap<>();
        List<String[]> communes = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1); // code,level,name,unit_type,parent_code
                if (f[1].equals("DISTRICT") && f[4].equals("22")) {
                    districts.put(f[0], f);
                } else if (f[1].equals("COMMUNE")) {
                    communes.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return communes.stream().filter(f -> districts.containsKey(f[4])).map(f -> {
            String[] d = districts.get(f[4]);
            return new Commune(f[0], f[2], f[3], d[0], d[2], d[3]);
        }).toList();
    }
}
