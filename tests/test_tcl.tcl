#!/usr/bin/env tclsh
# The extension from Tcl through Debian's libsqlite3-tcl (the sqlite3
# package, SQLite 3.40): the scenario of the README, end to end.  Prints
# one line per check and exits 1 if any failed.
package require sqlite3

set root [file dirname [file dirname [file normalize [info script]]]]
set ext [expr {[info exists env(ZH_EXT)] ? $env(ZH_EXT) : "$root/build/zh"}]
set failed 0

proc check {name got want} {
  if {$got eq $want} {
    puts "ok   $name"
  } else {
    puts "FAIL $name\n  got:  $got\n  want: $want"
    incr ::failed
  }
}

# Like check, for a script that must raise an error matching the pattern.
proc check_error {name script pattern} {
  if {[catch {uplevel 1 $script} msg]} {
    check $name [string match $pattern $msg] 1
    if {![string match $pattern $msg]} { puts "  error was: $msg" }
  } else {
    check $name "no error" "an error matching $pattern"
  }
}

sqlite3 db :memory:
db enable_load_extension 1
db eval {SELECT load_extension($ext)}
db enable_load_extension 0

# Search, highlight, snippet.
db eval {
  CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='zh');
  INSERT INTO docs VALUES ('门头沟区政府与区总工会召开联席会议', '本报讯（记者张晶）近日，区总工会召开会议。');
  INSERT INTO docs VALUES ('黑豹', '工，会');
}
set q 工会
check "search and highlight" [db eval {
  SELECT highlight(docs, 0, '[', ']'), snippet(docs, 1, '[', ']', '…', 16)
    FROM docs WHERE docs MATCH zh_query($q) ORDER BY rank
}] [list 门头沟区政府与区总\[工会\]召开联席会议 本报讯（记者张晶）近日，区总\[工会\]…]
check "no false positive" [db eval {SELECT count(*) FROM docs WHERE docs MATCH zh_query('豹黑')}] 0
db eval {INSERT INTO docs(docs) VALUES ('integrity-check')}

# zh_tokenize and zh_query.
check "zh_tokenize" [db eval {SELECT token, start, end FROM zh_tokenize('工会EAP')}] \
  [list 工 0 3 会 3 6 eap 6 9]
check "zh_query" [db eval {SELECT zh_query('工会 -主席')}] [list {"工会" NOT "主席"}]

# zh_entities.
check "zh_entities" [db eval {
  SELECT kind, text, value, start, end, role
    FROM zh_entities('本报讯（记者张晶）5月25日，北京市总工会在簋街召开会议。')
}] [list person 张晶 {} 6 8 reporter date 5月25日 --05-25 9 14 {} \
         organization 北京市总工会 {} 15 21 {} place 簋街 {} 22 24 {}]

# Words mode and a user word.
db eval {
  CREATE VIRTUAL TABLE w USING fts5(body, tokenize='zh mode words');
  INSERT INTO w(rowid, body) VALUES (1, '提供温和服务'), (2, '她穿着和服');
}
check "words mode" [db eval {SELECT rowid FROM w WHERE w MATCH zh_query('和服')}] 2
db eval {SELECT zh_dict_add('簋街餐饮')}
check "user word" [db eval {SELECT zh_segment('簋街餐饮业')}] [list {簋街餐饮 业}]

# Errors are Tcl errors with SQLite's message.
check_error "bad option" {db eval {SELECT * FROM zh_tokenize('x', 'bogus 1')}} \
  "*zh: unknown option 'bogus'*"
check_error "bad tokenizer" {db eval {CREATE VIRTUAL TABLE bad USING fts5(x, tokenize='zh t2s 2')}} \
  "*error in tokenizer constructor*"

# Debian's Tcl binding uses SQLite 3.40: FTS5 calls zh through the v1 API.
set want [expr {[package vcompare [db version] 3.47] >= 0 ? 2 : 1}]
check "fts5 tokenizer API" [db eval {SELECT zh_version('fts5')}] $want

db close
puts "tcl: [expr {$failed ? "$failed failed" : "all passed"}]"
exit [expr {$failed ? 1 : 0}]
