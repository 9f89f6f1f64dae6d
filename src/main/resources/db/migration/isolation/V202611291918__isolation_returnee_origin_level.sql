-- isolation: the returnee rule tells origins apart by their epidemic level (Resolution 128/NQ-CP of
-- 11/10/2021, levels 1-4). A rule row may apply to origins of levels origin_min_level..origin_max_level
-- (both null: any origin). An origin whose level is not assessed counts as level 4, the strictest.
alter table isolation_rule add column origin_min_level integer check (origin_min_level between 1 and 4);
alter table isolation_rule add column origin_max_level integer check (origin_max_level between 1 and 4);
alter table isolation_rule add check ((origin_min_level is null) = (origin_max_level is null)
                                      and (origin_min_level is null or origin_min_level <= origin_max_level));
alter table isolation_rule drop constraint isolation_rule_kind_effective_from_applies_to_key;
create unique index isolation_rule_version_row on isolation_rule
    (kind, effective_from, applies_to, coalesce(origin_min_level, 0), coalesce(origin_max_level, 0));

-- the level of the origin as read on arrival (null: not assessed) and the level the rule was applied for
alter table isolation_returnee_group add column origin_level integer check (origin_level between 1 and 4);
alter table isolation_returnee_group add column applied_level integer check (applied_level between 1 and 4);

insert into isolation_rule (kind, effective_from, applies_to, origin_min_level, origin_max_level, place, confined_days,
                            monitor_days, test_days, danger_symptoms, source, note) values
    ('RETURNEE_QUARANTINE', date '2021-10-11', 'UNPROTECTED', 3, 4, 'FACILITY', 14, 14, '{1,7,14}', '{}',
     'Nghị quyết 128/NQ-CP (11/10/2021) và hướng dẫn của Bộ Y tế',
     'Người về từ vùng cấp độ 3-4 chưa tiêm đủ liều: cách ly tập trung 14 ngày + 14 ngày tự theo dõi, xét nghiệm ngày 1, 7, 14. Số ngày và ngày xét nghiệm chưa được xác nhận từ văn bản gốc; các tỉnh áp dụng khác nhau.'),
    ('RETURNEE_QUARANTINE', date '2021-10-11', 'PROTECTED', 3, 4, 'HOME', 7, 7, '{1,7}', '{}',
     'Nghị quyết 128/NQ-CP (11/10/2021) và hướng dẫn của Bộ Y tế',
     'Người về từ vùng cấp độ 3-4 đã tiêm đủ liều hoặc khỏi bệnh: cách ly tại nhà 7 ngày + 7 ngày tự theo dõi, xét nghiệm ngày 1 và 7. Chưa được xác nhận từ văn bản gốc.'),
    ('RETURNEE_QUARANTINE', date '2021-10-11', 'ANY', 1, 2, 'HOME', 7, 7, '{7}', '{}',
     'Nghị quyết 128/NQ-CP (11/10/2021) và hướng dẫn của Bộ Y tế',
     'Người về từ vùng cấp độ 1-2: ở nhà, tự theo dõi sức khỏe, xét nghiệm ngày 7. Số ngày chưa được xác nhận từ văn bản gốc.');
