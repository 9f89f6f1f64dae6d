package org.epiguard.demo.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Vietnamese full names: family name, middle name, given name, in Unicode NFC. Family names follow
 * their approximate shares in Vietnam (Nguyễn about 38 %, Trần 11 %, Lê 9.5 % …); middle names
 * depend on sex and generation (Thị is the usual middle name of women born before 1990).
 */
final class VietnameseNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Mai", "Lương", "Trịnh", "Lưu", "Tạ", "Cao", "Hà",
            "Triệu", "Lã", "Chu", "Phùng", "Vương", "Tô", "Hứa"};
    private static final double[] FAMILY_WEIGHTS = {38, 11, 9.5, 7, 5, 4.5, 3, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5,
            1, 1, 0.8, 0.8, 0.8, 0.6, 0.5, 0.6, 0.6, 0.8, 0.3, 0.4, 0.4, 0.3, 0.4, 0.3};
    private static final double[] FAMILY_CUMULATIVE = cumulative(FAMILY_WEIGHTS);

    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu",
            "Công", "Thành", "Xuân", "Mạnh", "Ngọc", "Duy", "Trọng", "Anh", "Tuấn", "Hoàng", "Quốc", "Đình", "Thế");
    private static final List<String> YOUNG_MALE_MIDDLE = List.of("Minh", "Đức", "Quang", "Gia", "Hoàng", "Anh",
            "Bảo", "Tuấn", "Văn", "Nhật", "Đăng", "Khánh", "Hải", "Trung", "Quốc", "Thành");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu",
            "Thanh", "Hồng", "Minh", "Kim", "Phương");
    private static final List<String> YOUNG_FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Phương", "Minh",
            "Khánh", "Bảo", "Hà", "Mai", "Quỳnh", "Thùy", "Hải", "Diệu", "Tú", "Hoài");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải",
            "Hùng", "Hưng", "Khánh", "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Thành", "Toàn",
            "Trung", "Tuấn", "Việt", "Vinh", "Hoàng", "Huy", "Khoa", "Lâm", "Đạt", "Hiếu", "Kiên", "Nghĩa", "Phúc",
            "Tài", "Tâm", "Thịnh", "Tiến", "Tùng", "Quang", "Hòa", "Hậu", "Chiến", "Thái", "Lộc", "Bảo", "Duy",
            "Trường", "Công", "Thanh", "Tú", "Vũ");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh",
            "Hiền", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "Ngân", "Ngọc", "Nhung", "Oanh",
            "Phương", "Quỳnh", "Thảo", "Thu", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Nga", "My", "Nhi", "Vy",
            "Ánh", "Dịu", "Hồng", "Huệ", "Lý", "Nhàn", "Thoa", "Tâm", "Xuân", "Liên", "Hậu", "Thơm", "Duyên");

    private VietnameseNames() {
    }

    static String familyName(SplittableRandom random) {
        double r = random.nextDouble() * FAMILY_CUMULATIVE[FAMILY_CUMULATIVE.length - 1];
        for (int i = 0; i < FAMILY_CUMULATIVE.length; i++) {
            if (r < FAMILY_CUMULATIVE[i]) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    /** "Nguyễn Thị Hương" for a woman of this family and birth year. */
    static String fullName(String family, char sex, int birthYear, SplittableRandom random) {
        boolean young = birthYear >= 1990;
        List<String> middles = sex == 'M' ? (young ? YOUNG_MALE_MIDDLE : MALE_MIDDLE)
                : (young ? YOUNG_FEMALE_MIDDLE : FEMALE_MIDDLE);
        List<String> givens = sex == 'M' ? MALE_GIVEN : FEMALE_GIVEN;
        String middle = pick(middles, random);
        String given = pick(givens, random);
        if (given.equals(middle)) {
            given = pick(givens, random);
        }
        return Normalizer.normalize(family + " " + middle + " " + given, Normalizer.Form.NFC);
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }
}
