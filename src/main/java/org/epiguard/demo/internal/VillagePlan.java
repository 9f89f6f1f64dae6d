package org.epiguard.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A handful of villages per commune: thôn with names in rural communes (xã), numbered khu in wards
 * (phường), numbered khu or tổ dân phố in towns (thị trấn).
 */
final class VillagePlan {

    private static final List<String> THON_NAMES = List.of("Đông", "Tây", "Nam", "Bắc", "Trung", "Tân Tiến",
            "Tân Lập", "Đồng Tâm", "Thống Nhất", "Quyết Thắng", "Hợp Thành", "Bình An", "Phú Hải", "Đồng Mỏ",
            "Khe Tiên", "Làng Cổng", "Nà Cáng", "Bản Mới", "Đồng Cậy", "Hải Thành", "Cái Tăn", "Đồng Bắp",
            "Thác Bưởi", "Xóm Mới", "Tân Hợp", "Trại Lốc", "Đồng Giang", "Khe Lạc", "Cống Mương", "Yên Mỹ");

    private VillagePlan() {
    }

    static List<DemoVillage> villages(List<Commune> communes, long seed) {
        List<DemoVillage> result = new ArrayList<>();
        for (Commune c : communes) {
            SplittableRandom random = new SplittableRandom(seed * 31 + Long.parseLong(c.code()));
            int count = random.nextInt(4, c.isWard() ? 10 : 8);
            if (c.isWard() || c.isTown()) {
                boolean groups = c.isTown() && random.nextBoolean();
                for (int i = 1; i <= count; i++) {
                    result.add(new DemoVillage(result.size(), c.code(), groups ? "TO_DAN_PHO" : "KHU",
                            (groups ? "Tổ dân phố " : "Khu ") + i));
                }
            } else {
                List<String> names = new ArrayList<>(THON_NAMES);
                for (int i = 0; i < count; i++) {
                    String name = names.remove(random.nextInt(names.size()));
                    result.add(new DemoVillage(result.size(), c.code(), "THON", "Thôn " + name));
                }
            }
        }
        return List.copyOf(result);
    }
}
