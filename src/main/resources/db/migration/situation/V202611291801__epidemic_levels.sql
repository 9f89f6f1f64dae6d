-- situation: epidemic levels (cấp độ dịch 1-4) per commune, district and province.
--
-- The Ministry's criteria are data, not code: a rule set is a version of a decision's thresholds and
-- combining matrix with the date it takes effect; the rule in force on a date is the one with the
-- latest effective_from on or before it. An administrator changes a threshold by adding a version.
-- method names how the thresholds are combined (the evaluator in code):
--   MOH_4800: criterion 1 band (new community cases / 100,000 / 7 days) x criterion 2 coverage (HIGH/LOW)
--             -> matrix level; criterion 3 (treatment capacity) not met raises the level by one (max 4).
--   MOH_218:  transmission band (highest band of new cases, cases on oxygen, deaths / 100,000 / 7 days)
--             x response capacity (HIGH/MEDIUM/LOW from full-course coverage and care capacity) -> matrix level.
create table situation_rule_set (
    id             bigserial primary key,
    method         text not null check (method in ('MOH_4800', 'MOH_218')),
    decision       text not null,
    version        int not null,
    effective_from date not null unique,
    source         text not null,
    note           text,
    created_by     text not null default 'migration',
    created_at     timestamptz not null default now(),
    unique (decision, version)
);

-- one threshold of a rule set; confirmed = false where the value could not be checked against the text
create table situation_rule_threshold (
    rule_set_id bigint not null references situation_rule_set (id),
    key         text not null,
    value       numeric not null,
    confirmed   boolean not null,
    note        text,
    primary key (rule_set_id, key)
);

-- the combining matrix: transmission band 1-4 x response column -> level 1-4
create table situation_rule_matrix (
    rule_set_id bigint not null references situation_rule_set (id),
    band        int not null check (band between 1 and 4),
    response    text not null check (response in ('HIGH', 'MEDIUM', 'LOW')),
    level       int not null check (level between 1 and 4),
    confirmed   boolean not null,
    primary key (rule_set_id, band, response)
);

insert into situation_rule_set (method, decision, version, effective_from, source, note) values
('MOH_4800', '4800/QĐ-BYT', 1, date '2021-10-12',
 'Quyết định 4800/QĐ-BYT ngày 12/10/2021 (hướng dẫn tạm thời thực hiện Nghị quyết 128/NQ-CP); text: thuvienphapluat.vn/van-ban/The-thao-Y-te/Quyet-dinh-4800-QD-BYT-2021-Huong-dan-thuc-hien-Nghi-quyet-128-NQ-CP-491134.aspx; criteria summarised at en.baochinhphu.vn (10/01/2022) and e.vnexpress.net (4421798)',
 'Bands 20/50/150 and the 70% adult first-dose coverage are confirmed by the issue and by the cited summaries (VnExpress: 150 new community cases per 100,000 per week meant very high risk). The 80% full-course share of people 50+ is from the draft presented to the provinces (SGGP) and is not confirmed against the final text. The matrix is as recalled from the decision''s table; the cell (150+, high coverage) is not confirmed. Fully vaccinated is counted as at least two doses.'),
('MOH_218', '218/QĐ-BYT', 1, date '2022-01-27',
 'Quyết định 218/QĐ-BYT ngày 27/01/2022 (thay thế 4800/QĐ-BYT, hiệu lực từ ngày ký); summarised at en.vcci.com.vn (29/01/2022) and e.vnexpress.net (4421798)',
 'Confirmed by the cited summaries: three transmission indicators (new cases, cases needing oxygen, deaths per 100,000 per week), very high risk above 600 new cases per 100,000 per week, response capacity from full-course coverage of the population (75%) and of high-risk people (90%) and from care capacity (commune F0 management, free COVID beds and staffed ICU beds per 100,000). NOT confirmed: the lower case bands, every oxygen and death band, the way the three indicators combine (here: the highest band), how coverage and capacity make HIGH/MEDIUM/LOW (here: both met HIGH, one met MEDIUM, none LOW) and the matrix. High-risk people are counted as people 50+; fully vaccinated as at least two doses.');

insert into situation_rule_threshold (rule_set_id, key, value, confirmed, note)
select s.id, t.key, t.value, t.confirmed, t.note
  from situation_rule_set s
  join (values
    ('4800/QĐ-BYT', 'cases.band2', 20, true, 'band 2 from 20 new community cases per 100,000 per week'),
    ('4800/QĐ-BYT', 'cases.band3', 50, true, 'band 3 from 50'),
    ('4800/QĐ-BYT', 'cases.band4', 150, true, 'band 4 from 150'),
    ('4800/QĐ-BYT', 'coverage.adult.dose1', 70, true, 'coverage high from 70% of people 18+ with at least one dose'),
    ('4800/QĐ-BYT', 'coverage.older.full', 80, false, 'and at least 80% of people 50+ fully vaccinated (draft figure, not confirmed)'),
    ('218/QĐ-BYT', 'cases.band2', 20, false, 'not confirmed'),
    ('218/QĐ-BYT', 'cases.band3', 150, false, 'not confirmed'),
    ('218/QĐ-BYT', 'cases.band4', 600, true, 'very high risk above 600 new cases per 100,000 per week (VnExpress)'),
    ('218/QĐ-BYT', 'oxygen.band2', 1, false, 'not confirmed'),
    ('218/QĐ-BYT', 'oxygen.band3', 3, false, 'not confirmed'),
    ('218/QĐ-BYT', 'oxygen.band4', 5, false, 'not confirmed'),
    ('218/QĐ-BYT', 'deaths.band2', 0.1, false, 'not confirmed'),
    ('218/QĐ-BYT', 'deaths.band3', 0.3, false, 'not confirmed'),
    ('218/QĐ-BYT', 'deaths.band4', 1, false, 'not confirmed'),
    ('218/QĐ-BYT', 'coverage.population.full', 75, true, 'at least 75% of the population fully vaccinated (VnExpress)'),
    ('218/QĐ-BYT', 'coverage.highrisk.full', 90, true, 'at least 90% of high-risk people fully vaccinated (VnExpress); high risk counted as 50+')
  ) as t(decision, key, value, confirmed, note) on t.decision = s.decision and s.version = 1;

insert into situation_rule_matrix (rule_set_id, band, response, level, confirmed)
select s.id, m.band, m.response, m.level, m.confirmed
  from situation_rule_set s
  join (values
    ('4800/QĐ-BYT', 1, 'HIGH', 1, true), ('4800/QĐ-BYT', 1, 'LOW', 2, true),
    ('4800/QĐ-BYT', 2, 'HIGH', 2, true), ('4800/QĐ-BYT', 2, 'LOW', 3, true),
    ('4800/QĐ-BYT', 3, 'HIGH', 3, true), ('4800/QĐ-BYT', 3, 'LOW', 4, true),
    ('4800/QĐ-BYT', 4, 'HIGH', 4, false), ('4800/QĐ-BYT', 4, 'LOW', 4, true),
    ('218/QĐ-BYT', 1, 'HIGH', 1, false), ('218/QĐ-BYT', 1, 'MEDIUM', 1, false), ('218/QĐ-BYT', 1, 'LOW', 2, false),
    ('218/QĐ-BYT', 2, 'HIGH', 1, false), ('218/QĐ-BYT', 2, 'MEDIUM', 2, false), ('218/QĐ-BYT', 2, 'LOW', 3, false),
    ('218/QĐ-BYT', 3, 'HIGH', 2, false), ('218/QĐ-BYT', 3, 'MEDIUM', 3, false), ('218/QĐ-BYT', 3, 'LOW', 4, false),
    ('218/QĐ-BYT', 4, 'HIGH', 3, false), ('218/QĐ-BYT', 4, 'MEDIUM', 4, false), ('218/QĐ-BYT', 4, 'LOW', 4, false)
  ) as m(decision, band, response, level, confirmed) on m.decision = s.decision and s.version = 1;

-- the stored assessment of a unit on a date (its history); inputs as counted, the rule version used
create table situation_assessment (
    unit_code        text not null,
    unit_level       text not null check (unit_level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    on_date          date not null,
    province_code    text not null,
    district_code    text,
    level            int check (level between 1 and 4),   -- null: cannot be assessed (no population, no rule)
    rule_set_id      bigint references situation_rule_set (id),
    band             int,
    response         text,
    raised           boolean not null default false,
    derived          boolean not null default false,       -- district level derived from its communes
    derivation       jsonb,                                -- then: the share asked and communes per level
    inputs           jsonb not null,
    computed_at      timestamptz not null default now(),
    primary key (unit_code, on_date)
);
create index situation_assessment_province on situation_assessment (province_code, on_date);

-- the measures that go with each level (gatherings, restaurants, schools, transport...), editable by
-- an administrator; the rows below are a starting example after Resolution 128/NQ-CP, for the province to adjust
create table situation_measure (
    id        bigserial primary key,
    level     int not null check (level between 1 and 4),
    topic     text not null,
    measure   text not null,
    position  int not null default 0,
    updated_by text,
    updated_at timestamptz not null default now()
);

insert into situation_measure (level, topic, measure, position) values
(1, 'Tụ tập đông người', 'Tổ chức các hoạt động, sự kiện theo quy định 5K; không hạn chế số người', 1),
(1, 'Nhà hàng, ăn uống', 'Hoạt động bình thường, bảo đảm an toàn phòng dịch', 2),
(1, 'Trường học', 'Dạy học trực tiếp', 3),
(1, 'Giao thông', 'Vận tải hành khách công cộng hoạt động bình thường', 4),
(2, 'Tụ tập đông người', 'Hạn chế số người tại các sự kiện đông người trong nhà và ngoài trời', 1),
(2, 'Nhà hàng, ăn uống', 'Phục vụ tại chỗ có giới hạn số khách, bảo đảm giãn cách', 2),
(2, 'Trường học', 'Dạy học trực tiếp, có phương án phòng dịch', 3),
(2, 'Giao thông', 'Vận tải hành khách công cộng hoạt động, hạn chế công suất', 4),
(3, 'Tụ tập đông người', 'Hạn chế tối đa tụ tập; chỉ tổ chức sự kiện thiết yếu với số người nhỏ', 1),
(3, 'Nhà hàng, ăn uống', 'Chỉ bán mang về', 2),
(3, 'Trường học', 'Học trực tuyến hoặc dạy trực tiếp có điều kiện', 3),
(3, 'Giao thông', 'Hạn chế vận tải hành khách công cộng', 4),
(4, 'Tụ tập đông người', 'Không tụ tập quá 2 người nơi công cộng', 1),
(4, 'Nhà hàng, ăn uống', 'Dừng phục vụ tại chỗ; chỉ bán mang về hoặc dừng hoạt động', 2),
(4, 'Trường học', 'Học trực tuyến', 3),
(4, 'Giao thông', 'Dừng vận tải hành khách công cộng, trừ vận chuyển thiết yếu', 4);

-- settings of the module: how a district's level is made (its own totals, or from its communes)
create table situation_setting (
    key   text primary key,
    value text not null,
    updated_by text,
    updated_at timestamptz not null default now()
);
insert into situation_setting (key, value) values
('district.derivation', 'OWN_TOTALS'),        -- or COMMUNE_SHARE
('district.share.level3', '0.5'),             -- COMMUNE_SHARE: level 3 when this share of communes is at 3+
('report.cutoff.hour', '16');
