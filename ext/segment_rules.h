/*
** The character sets behind the segmenter's rules for words a dictionary
** cannot list.  tools/gen_dict.c turns them into a flag per character of
** the core Han block, stored in the dictionary blob (dict.h), so the
** segmenter tests a flag instead of searching a string.
*/
#ifndef ZH_SEGMENT_RULES_H
#define ZH_SEGMENT_RULES_H

/* Common Chinese surnames: a surname the dictionary sees as a lone
** character, followed by one or two more lone characters, is read as a
** personal name (何艳静, 张晶) that the dictionary cannot know. */
#define ZH_SURNAMES                                                                                              \
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁" \
  "潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦" \
  "邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛" \
  "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪" \
  "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟" \
  "艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全" \
  "佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝羊"    \
  "傅萧洪赖匡奚蔺郁屠鄢辜廉邸郜鞠冼栗湛谌楼储胥厉竺嵇糜逄裘逯粟阙禹阚芮濮苻" \
  "郗扈晁荀邰雒茹钮昝颉亓仝恽邴"

/* Lone characters that do not start or continue a given name or a place:
** function words, pronouns and the commonest verbs after a name. */
#define ZH_NOT_IN_NAME                                                                                           \
  "的了在是和与及等说也都就对把被从向为于以将要会能不还又并而但让给到个这那" \
  "有我你他她它们中上下里年月日时后前所之其或即已曾很更最再才只又该应可来去" \
  "做称表示认讲问答笑看想听指出称道谈介绍"

/* Administrative units: a known place and one of these are one place
** (延庆 + 区). */
#define ZH_ADMIN_SUFFIX "区县市镇乡村省州"

/* Place suffixes: a rare lone character and one of these are a place
** (簋 + 街). */
#define ZH_PLACE_SUFFIX "街路巷胡区县市镇村乡省州湖山河桥寺"

/* Chinese numerals of the core Han block (〇, U+3007, is one too). */
#define ZH_NUMERALS "零一二三四五六七八九十百千万亿两"

#endif
