-- Values checked against fixed expectations (issue 17, point 2): what a
-- user reads off zh_entities and zh_tokenize, each case written by hand.
.load build/zh
.headers off
.mode list

-- ---- numerals: each text, the value it must have ------------------------
CREATE TABLE amount(text TEXT, kind TEXT, want TEXT);
INSERT INTO amount VALUES
  -- 万 and 亿 close a section; 零 stands for the empty places.
  ('三亿五千万元', 'money', '{"amount":350000000,"currency":"CNY"}'),
  ('两亿零五百万元', 'money', '{"amount":205000000,"currency":"CNY"}'),
  ('十二亿三千万人', 'quantity', '{"amount":1230000000,"unit":"人"}'),
  ('一万二千元', 'money', '{"amount":12000,"currency":"CNY"}'),
  ('一万零三百元', 'money', '{"amount":10300,"currency":"CNY"}'),
  ('一千零一元', 'money', '{"amount":1001,"currency":"CNY"}'),
  ('一千零一十元', 'money', '{"amount":1010,"currency":"CNY"}'),
  ('一百零五元', 'money', '{"amount":105,"currency":"CNY"}'),
  ('三千零五十万元', 'money', '{"amount":30500000,"currency":"CNY"}'),
  ('九千九百九十九万九千九百九十九元', 'money', '{"amount":99999999,"currency":"CNY"}'),
  ('一亿零一元', 'money', '{"amount":100000001,"currency":"CNY"}'),
  ('一万五千亿元', 'money', '{"amount":1500000000000,"currency":"CNY"}'),
  ('三万亿元', 'money', '{"amount":3000000000000,"currency":"CNY"}'),
  ('四万万人', 'quantity', '{"amount":400000000,"unit":"人"}'),
  ('十元', 'money', '{"amount":10,"currency":"CNY"}'),
  ('十五元', 'money', '{"amount":15,"currency":"CNY"}'),
  ('二十元', 'money', '{"amount":20,"currency":"CNY"}'),
  ('五千万元', 'money', '{"amount":50000000,"currency":"CNY"}'),
  ('三百五十吨', 'quantity', '{"amount":350,"unit":"吨"}'),
  -- Chinese decimals, with 点.
  ('零点五元', 'money', '{"amount":0.5,"currency":"CNY"}'),
  ('三点五万元', 'money', '{"amount":35000,"currency":"CNY"}'),
  -- Arabic digits with Chinese magnitudes, approximations, grouped digits.
  ('12亿3000万元', 'money', '{"amount":1230000000,"currency":"CNY"}'),
  ('1亿300万日元', 'money', '{"amount":103000000,"currency":"JPY"}'),
  ('3亿五千万元', 'money', '{"amount":350000000,"currency":"CNY"}'),
  ('3.5亿元', 'money', '{"amount":350000000,"currency":"CNY"}'),
  ('1.2万元', 'money', '{"amount":12000,"currency":"CNY"}'),
  ('540万元', 'money', '{"amount":5400000,"currency":"CNY"}'),
  ('6700余万元', 'money', '{"amount":67000000,"currency":"CNY","approx":"余"}'),
  ('2万余元', 'money', '{"amount":20000,"currency":"CNY","approx":"余"}'),
  ('三千五百万余元', 'money', '{"amount":35000000,"currency":"CNY","approx":"余"}'),
  ('1,200元', 'money', '{"amount":1200,"currency":"CNY"}'),
  ('12,345,678元', 'money', '{"amount":12345678,"currency":"CNY"}'),
  ('1，166，600美元', 'money', '{"amount":1166600,"currency":"USD"}'),
  ('1.5万吨', 'quantity', '{"amount":15000,"unit":"吨"}'),
  ('两千块钱', 'money', '{"amount":2000,"currency":"CNY"}'),
  -- Full-width digits and points read as ASCII ones.
  ('３．５亿元', 'money', '{"amount":350000000,"currency":"CNY"}'),
  ('3．5万元', 'money', '{"amount":35000,"currency":"CNY"}'),
  -- Percentages in every width, and written out.
  ('95%', 'percent', '0.95'),
  ('９５％', 'percent', '0.95'),
  ('3.5%', 'percent', '0.035'),
  ('３．５％', 'percent', '0.035'),
  ('3．5%', 'percent', '0.035'),
  ('3.5％', 'percent', '0.035'),
  ('百分之五十', 'percent', '0.5'),
  ('百分之三点五', 'percent', '0.035'),
  ('百分之一百二十', 'percent', '1.2'),
  -- Dates: digit by digit (〇, ○, 零 for zero) or with units.
  ('二〇二四年五月二十五日', 'date', '2024-05-25'),
  ('二○二四年', 'date', '2024'),
  ('二零二四年', 'date', '2024'),
  ('二○○一年十二月三十一日', 'date', '2001-12-31'),
  ('十二月三十一日', 'date', '--12-31'),
  ('2024年5月25日', 'date', '2024-05-25'),
  ('２０２４年５月２５日', 'date', '2024-05-25'),
  -- Times: 点 and 时, minutes, halves and quarters, the afternoon.
  ('三点五分', 'time', '03:05'),
  ('十二点三十分', 'time', '12:30'),
  ('下午三点半', 'time', '15:30'),
  ('下午12时', 'time', '12:00'),
  ('三点一刻', 'time', '03:15'),
  ('九时三刻', 'time', '09:45'),
  ('上午9时30分', 'time', '09:30');

-- Each text must be found whole, of its kind, with its value.
SELECT a.text, coalesce(e.kind, '(none)'), coalesce(e.value, '(none)'),
       iif(e.kind = a.kind AND e.value = a.want AND e.text = a.text, 'ok', 'WRONG, want ' || a.want)
  FROM amount a LEFT JOIN zh_entities(a.text) e ON e.start = 0 ORDER BY a.rowid;

-- Words that hold a numeral and are no amount: no time, no date.
SELECT group_concat(text || '/' || kind, ' ') FROM zh_entities('看着大家一点一点建造，两点一线，一点一滴');
-- Ordinals (第三届, 第2名) are no quantity.
SELECT coalesce(group_concat(text || '/' || kind, ' '), '(none)') FROM zh_entities('第三届大会，第2名，第十二次会议');
-- A comma groups exactly three digits: in 1,2000 and 1,20 it separates.
SELECT group_concat(text || '/' || value, ' ') FROM zh_entities('1,2000元，1,20元');

-- ---- tokens' offsets at every cap --------------------------------------
-- A word is cut at 1,024 bytes; its end offset is still where it ends.
SELECT length(token), start, end FROM zh_tokenize(printf('%.1024c', 'a'));
SELECT length(token), start, end FROM zh_tokenize(printf('%.1025c', 'a'));
SELECT length(token), start, end FROM zh_tokenize(printf('%.1024c', 'a') || ' b');
-- At most 16 combining marks join a letter in one cluster.  The 17th is
-- a cluster of its own: in a word it stays in the word; after a Han
-- character it is in no token (35..37 below).
SELECT token, start, end FROM zh_tokenize('x' || printf('%.16c', char(0x301)) || 'y');
SELECT token, start, end FROM zh_tokenize('x' || printf('%.17c', char(0x301)) || 'y');
SELECT token, start, end FROM zh_tokenize('工' || printf('%.16c', char(0x301)) || '会');
SELECT token, start, end FROM zh_tokenize('工' || printf('%.17c', char(0x301)) || '会');
-- A cluster folding to more than 64 code points is kept as written.
SELECT length(token), start, end FROM zh_tokenize(char(0xFDFA) || printf('%.15c', char(0xF77)));
SELECT length(token), start, end FROM zh_tokenize(char(0xFDFA) || printf('%.16c', char(0xF77)));
-- Folding that changes lengths keeps offsets in the original text.
SELECT token, start, end FROM zh_tokenize('㍿ＡＢＣ１２３工會');
SELECT token, start, end FROM zh_tokenize('ﬁnance Straße');
