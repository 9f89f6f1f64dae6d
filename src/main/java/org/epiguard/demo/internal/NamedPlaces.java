package org.epiguard.demo.internal;

import java.util.List;

import static org.epiguard.demo.internal.PlacePurpose.*;

/**
 * The named organisation units of the demo province. Names follow real institutions of Quảng Ninh
 * where the comment says "real"; their commune and capacity are approximate. The rest are
 * synthetic: plausible names invented for the demo. Every demo user with a unit scope points at one
 * of these by name.
 */
final class NamedPlaces {

    record Named(PlacePurpose purpose, String name, String communeCode, Integer capacity, String parent) {
        Named(PlacePurpose purpose, String name, String communeCode, Integer capacity) {
            this(purpose, name, communeCode, capacity, null);
        }
    }

    static final String DEMO_SCHOOL = "Trường THPT Bãi Cháy";
    static final String DEMO_ENTERPRISE = "Công ty TNHH Khoa học Kỹ thuật Texhong Ngân Long";
    static final String DEMO_QUARANTINE = "Khu cách ly tập trung Vân Đồn";
    static final String DEMO_LABORATORY = "Phòng xét nghiệm CDC Quảng Ninh";
    static final String DEMO_CHECKPOINT = "Chốt kiểm soát cầu Bạch Đằng";

    static final List<Named> ALL = List.of(
            // hospitals (real names, placement approximate) and the designated COVID hospital (synthetic)
            new Named(HOSPITAL, "Bệnh viện Đa khoa tỉnh Quảng Ninh", "06694", 1_200),
            new Named(HOSPITAL, "Bệnh viện Bãi Cháy", "06661", 800),
            new Named(HOSPITAL, "Bệnh viện Sản Nhi Quảng Ninh", "06691", 600),
            new Named(HOSPITAL, "Bệnh viện Đa khoa Cẩm Phả", "06784", 700),
            new Named(HOSPITAL, "Bệnh viện Việt Nam - Thụy Điển Uông Bí", "06811", 900),
            new Named(HOSPITAL, "Bệnh viện Đa khoa khu vực Tiên Yên", "06862", 200),
            new Named(HOSPITAL, "Bệnh viện số 1 (Móng Cái)", "06736", 300),
            new Named(FIELD_HOSPITAL, "Bệnh viện dã chiến số 1 Quảng Ninh", "06706", 500),
            // concentrated quarantine facilities (synthetic)
            new Named(QUARANTINE, DEMO_QUARANTINE, "07012", 600),
            new Named(QUARANTINE, "Khu cách ly tập trung Trường Quân sự tỉnh", "06706", 400),
            new Named(QUARANTINE, "Khu cách ly tập trung Móng Cái", "06751", 350),
            new Named(QUARANTINE, "Khu cách ly tập trung Cẩm Phả", "06805", 300),
            new Named(QUARANTINE, "Khu cách ly tập trung Đông Triều", "07075", 250),
            new Named(QUARANTINE, "Khu cách ly tập trung Cô Tô", "07195", 80),
            // laboratories (the CDC is real)
            new Named(LABORATORY, DEMO_LABORATORY, "06688", null),
            new Named(LABORATORY, "Phòng xét nghiệm Bệnh viện Đa khoa tỉnh Quảng Ninh", "06694", null),
            // industrial zones (real names) and their enterprises (Texhong real, others synthetic)
            new Named(INDUSTRIAL_ZONE, "Khu công nghiệp Texhong Hải Hà", "06952", 12_000),
            new Named(FACTORY, DEMO_ENTERPRISE, "06952", 6_000, "Khu công nghiệp Texhong Hải Hà"),
            new Named(FACTORY, "Công ty TNHH Dệt may Hải Hà", "06952", 1_500, "Khu công nghiệp Texhong Hải Hà"),
            new Named(INDUSTRIAL_ZONE, "Khu công nghiệp Đông Mai", "07135", 8_000),
            new Named(FACTORY, "Công ty TNHH Điện tử Đông Mai", "07135", 2_500, "Khu công nghiệp Đông Mai"),
            new Named(FACTORY, "Công ty TNHH May mặc Quảng Yên", "07135", 1_800, "Khu công nghiệp Đông Mai"),
            new Named(INDUSTRIAL_ZONE, "Khu công nghiệp Cái Lân", "06661", 5_000),
            new Named(FACTORY, "Công ty TNHH Dầu ăn Cái Lân", "06661", 900, "Khu công nghiệp Cái Lân"),
            new Named(INDUSTRIAL_ZONE, "Khu công nghiệp Việt Hưng", "06703", 4_000),
            new Named(FACTORY, "Công ty TNHH Linh kiện Việt Hưng", "06703", 1_200, "Khu công nghiệp Việt Hưng"),
            new Named(INDUSTRIAL_ZONE, "Khu công nghiệp Hải Yên", "06736", 4_000),
            new Named(FACTORY, "Công ty TNHH May xuất khẩu Móng Cái", "06736", 1_500, "Khu công nghiệp Hải Yên"),
            new Named(INDUSTRIAL_ZONE, "Khu công nghiệp Kim Sơn", "07123", 3_000),
            new Named(FACTORY, "Công ty TNHH Gốm sứ Đông Triều", "07123", 1_200, "Khu công nghiệp Kim Sơn"),
            new Named(FACTORY, "Công ty TNHH Giày da Tiên Yên", "06862", 600),
            new Named(FACTORY, "Công ty CP Chế biến Thủy sản Vân Đồn", "06994", 400),
            // coal companies (synthetic names after the coal mines of the province)
            new Named(COAL_COMPANY, "Công ty Than Hà Tu", "06664", 2_500),
            new Named(COAL_COMPANY, "Công ty Than Hà Lầm", "06670", 3_000),
            new Named(COAL_COMPANY, "Công ty Than Núi Béo", "06667", 2_000),
            new Named(COAL_COMPANY, "Công ty Than Mông Dương", "06760", 3_000),
            new Named(COAL_COMPANY, "Công ty Than Khe Chàm", "06760", 2_500),
            new Named(COAL_COMPANY, "Công ty Than Cọc Sáu", "06772", 2_000),
            new Named(COAL_COMPANY, "Công ty Than Cao Sơn", "06766", 2_500),
            new Named(COAL_COMPANY, "Công ty Than Đèo Nai", "06775", 2_000),
            new Named(COAL_COMPANY, "Công ty Than Dương Huy", "06805", 1_800),
            new Named(COAL_COMPANY, "Công ty Than Quang Hanh", "06778", 1_800),
            new Named(COAL_COMPANY, "Công ty Than Vàng Danh", "06808", 3_500),
            new Named(COAL_COMPANY, "Công ty Than Uông Bí", "06811", 2_500),
            new Named(COAL_COMPANY, "Công ty Than Nam Mẫu", "06829", 2_000),
            new Named(COAL_COMPANY, "Công ty Than Mạo Khê", "07069", 3_000),
            // markets and supermarkets (Hạ Long I/II and Móng Cái real, placement approximate)
            new Named(MARKET, "Chợ Hạ Long I", "06691", 800),
            new Named(MARKET, "Chợ Hạ Long II", "06697", 600),
            new Named(MARKET, "Chợ Vườn Đào", "06673", 300),
            new Named(MARKET, "Chợ Móng Cái", "06709", 1_200),
            new Named(MARKET, "Chợ Trung tâm Cẩm Phả", "06793", 700),
            new Named(MARKET, "Chợ Trung tâm Uông Bí", "06817", 500),
            new Named(MARKET, "Chợ Rừng Quảng Yên", "07132", 400),
            new Named(MARKET, "Chợ Cái Rồng", "06994", 300),
            new Named(SUPERMARKET, "Siêu thị Hạ Long Marina", "06661", 300),
            new Named(SUPERMARKET, "Siêu thị Cẩm Phả", "06793", 150),
            // ports and wharves (real names, placement approximate)
            new Named(PORT, "Cảng Cái Lân", "06673", 1_500),
            new Named(PORT, "Cảng tàu khách quốc tế Hạ Long", "06673", 400),
            new Named(PORT, "Cảng Hòn Gai", "06691", 500),
            new Named(PORT, "Cảng tàu khách Tuần Châu", "06700", 300),
            new Named(PORT, "Cảng Cẩm Phả", "06763", 1_200),
            new Named(PORT, "Cảng Vạn Gia", "06748", 300),
            new Named(PORT, "Cảng Cái Rồng", "06994", 400),
            new Named(PORT, "Cảng Cô Tô", "07192", 100),
            new Named(PORT, "Cảng Mũi Chùa", "06883", 150),
            new Named(PORT, "Cảng Điền Công", "06835", 400),
            // checkpoints at the gateways of the province (synthetic, at real crossings)
            new Named(CHECKPOINT, DEMO_CHECKPOINT, "07168", null),
            new Named(CHECKPOINT, "Chốt kiểm soát Đông Triều - Hải Dương", "07120", null),
            new Named(CHECKPOINT, "Chốt kiểm soát cầu Rừng", "07165", null),
            new Named(CHECKPOINT, "Chốt kiểm soát cửa khẩu quốc tế Móng Cái", "06709", null),
            new Named(CHECKPOINT, "Chốt kiểm soát cửa khẩu Hoành Mô", "06841", null),
            new Named(CHECKPOINT, "Chốt kiểm soát Ba Chẽ - Lạng Sơn", "06979", null),
            new Named(CHECKPOINT, "Chốt kiểm soát cảng hàng không Vân Đồn", "07021", null),
            // venues (real places, synthetic capacities)
            new Named(VENUE, "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh", "06688", 3_000),
            new Named(VENUE, "Quảng trường 30/10", "06697", 10_000),
            new Named(VENUE, "Nhà thi đấu thể thao Cẩm Phả", "06793", 2_000),
            new Named(VENUE, "Sân vận động Uông Bí", "06817", 5_000),
            new Named(VENUE, "Khu du lịch Bãi Cháy", "06673", 8_000),
            new Named(VENUE, "Nhà văn hóa trung tâm Móng Cái", "06712", 800),
            // upper-secondary schools, one or more per district (names after real schools)
            new Named(UPPER_SECONDARY_SCHOOL, DEMO_SCHOOL, "06673", 1_200),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Hòn Gai", "06691", 1_300),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Chuyên Hạ Long", "06688", 900),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Vũ Văn Hiếu", "06664", 1_100),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Hoành Bồ", "07030", 900),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Trần Phú", "06712", 1_200),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Lý Thường Kiệt", "06736", 900),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Cẩm Phả", "06790", 1_300),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Mông Dương", "06760", 800),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Uông Bí", "06817", 1_200),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Hoàng Văn Thụ", "06808", 800),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Bình Liêu", "06838", 700),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Tiên Yên", "06862", 900),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Đầm Hà", "06895", 800),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Quảng Hà", "06922", 1_000),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Đường Hoa Cương", "06949", 700),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Ba Chẽ", "06970", 600),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Hải Đảo", "06994", 800),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Quan Lạn", "07024", 300),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Đông Triều", "07072", 1_200),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Hoàng Hoa Thám", "07069", 1_100),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Bạch Đằng", "07132", 1_100),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Minh Hà", "07159", 900),
            new Named(UPPER_SECONDARY_SCHOOL, "Trường THPT Cô Tô", "07192", 300));

    private NamedPlaces() {
    }
}
