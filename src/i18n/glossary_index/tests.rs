//! Each language's index with the terms of the guide's own glossary (content/<lang>/glossary),
//! and the rules that those terms do not exercise.

use super::*;

/// The index as one line per group: "label: term | term".
fn index(lang: &str, terms: &[(&str, Option<&str>)]) -> Vec<String> {
    GlossaryIndex::new(lang)
        .group(terms.to_vec(), |(t, r)| (t, *r))
        .into_iter()
        .map(|g| {
            let terms: Vec<&str> = g.entries.iter().map(|(t, _)| *t).collect();
            format!("{}: {}", g.label, terms.join(" | "))
        })
        .collect()
}

fn terms<'a>(list: &[&'a str]) -> Vec<(&'a str, Option<&'a str>)> {
    list.iter().map(|t| (*t, None)).collect()
}

#[test]
fn index_letters_are_in_each_languages_collation_order() {
    // A letter the collation does not tell from the one before it (Mongolian Ё is sorted as
    // Е) would take over the words of that letter.
    for lang in [
        "en", "ko", "ja", "zh-Hans", "zh-Hant", "ru", "mn", "th", "vi", "ar",
    ] {
        let index = GlossaryIndex::new(lang);
        for pair in index.rules.letters.windows(2) {
            assert_eq!(
                index.compare_primary(pair[0], pair[1]),
                Ordering::Less,
                "{lang}: {} before {}",
                pair[0],
                pair[1]
            );
        }
    }
}

#[test]
fn english_by_letter() {
    let got = index(
        "en",
        &terms(&[
            "Stem cell",
            "CAR-T",
            "Cell therapy",
            "Adult stem cell",
            "Review Committee",
            "Exosome",
            "Long-term follow-up",
            "3D bioprinting",
            "Éthique",
        ]),
    );
    assert_eq!(
        got,
        [
            "0–9: 3D bioprinting",
            "A: Adult stem cell",
            "C: CAR-T | Cell therapy",
            "E: Éthique | Exosome",
            "L: Long-term follow-up",
            "R: Review Committee",
            "S: Stem cell",
        ]
    );
}

#[test]
fn korean_by_initial_consonant_with_tense_ones_under_plain() {
    let got = index(
        "ko",
        &terms(&[
            "성체줄기세포",
            "첨단재생의료",
            "이상반응",
            "동종",
            "자가",
            "CAR-T 세포치료",
            "세포배양",
            "인체세포등 관리업",
            "임상연구",
            "융복합치료",
            "배아줄기세포",
            "엑소좀",
            "동의서",
            "고위험 첨단재생의료",
            "최소한의 조작",
            "재생의료기관",
            "심의위원회",
            "줄기세포",
            "치료계획",
            "까다로운 사례",
            "기록",
        ]),
    );
    assert_eq!(
        got,
        [
            "ㄱ: 고위험 첨단재생의료 | 기록 | 까다로운 사례",
            "ㄷ: 동의서 | 동종",
            "ㅂ: 배아줄기세포",
            "ㅅ: 성체줄기세포 | 세포배양 | 심의위원회",
            "ㅇ: 엑소좀 | 융복합치료 | 이상반응 | 인체세포등 관리업 | 임상연구",
            "ㅈ: 자가 | 재생의료기관 | 줄기세포",
            "ㅊ: 첨단재생의료 | 최소한의 조작 | 치료계획",
            "A–Z: CAR-T 세포치료",
        ]
    );
}

#[test]
fn japanese_by_kana_row_of_the_reading() {
    let got = index(
        "ja",
        &[
            ("体性幹細胞", Some("たいせいかんさいぼう")),
            ("先端再生医療", Some("せんたんさいせいいりょう")),
            ("有害事象", Some("ゆうがいじしょう")),
            ("他家", Some("たか")),
            ("自家", Some("じか")),
            ("CAR-T細胞療法", Some("かーてぃーさいぼうりょうほう")),
            ("細胞培養", Some("さいぼうばいよう")),
            ("ES細胞", Some("いーえすさいぼう")),
            ("エクソソーム", Some("えくそそーむ")),
            ("ゲノム編集", Some("げのむへんしゅう")),
            ("遺伝子治療", Some("いでんしちりょう")),
            ("高リスク治療", Some("こうりすくちりょう")),
            ("iPS細胞", Some("あいぴーえすさいぼう")),
            ("長期追跡調査", Some("ちょうきついせきちょうさ")),
            ("臨床研究", Some("りんしょうけんきゅう")),
            ("審議委員会", Some("しんぎいいんかい")),
            ("幹細胞", Some("かんさいぼう")),
        ],
    );
    assert_eq!(
        got,
        [
            "あ: 遺伝子治療 | エクソソーム",
            // げ (voiced) files under か, じ under さ: voicing is not a row of its own.
            "か: 幹細胞 | ゲノム編集 | 高リスク治療",
            "さ: 細胞培養 | 自家 | 審議委員会 | 先端再生医療",
            "た: 体性幹細胞 | 他家 | 長期追跡調査",
            "や: 有害事象",
            "ら: 臨床研究",
            // Filed by how they are written, whatever their reading.
            "A–Z: CAR-T細胞療法 | ES細胞 | iPS細胞",
        ]
    );
}

#[test]
fn japanese_voiced_small_and_katakana_kana_file_under_their_row() {
    let index = GlossaryIndex::new("ja");
    let row = |reading: &str| index.file("語", Some(reading)).label;
    assert_eq!(row("ばいよう"), "は");
    assert_eq!(row("ぱっち"), "は");
    assert_eq!(row("がん"), "か");
    assert_eq!(row("ぁ"), "あ");
    assert_eq!(row("ゃ"), "や");
    assert_eq!(row("ヴぃーる"), "あ");
    assert_eq!(row("ワクチン"), "わ");
    assert_eq!(row("ソーム"), "さ");
    // Without a reading a kanji term cannot be placed by sound: it goes last.
    assert_eq!(index.file("幹細胞", None).label, OTHER);
    assert!(index.file("幹細胞", None).rank > index.file("CAR-T", None).rank);
}

#[test]
fn simplified_chinese_by_pinyin_initial() {
    let got = index(
        "zh-Hans",
        &[
            ("成体干细胞", Some("cheng ti gan xi bao")),
            ("先进再生医疗", Some("xian jin zai sheng yi liao")),
            ("不良事件", Some("bu liang shi jian")),
            ("CAR-T", Some("car t")),
            ("细胞培养", Some("xi bao pei yang")),
            ("长期随访", Some("chang qi sui fang")),
            ("干细胞", Some("gan xi bao")),
            ("高风险治疗", Some("gao feng xian zhi liao")),
            ("知情同意", Some("zhi qing tong yi")),
            ("治疗计划", Some("zhi liao ji hua")),
            ("自体", Some("zi ti")),
            ("再生医疗机构", Some("zai sheng yi liao ji gou")),
        ],
    );
    assert_eq!(
        got,
        [
            "B: 不良事件",
            // The index is Latin letters already, so a Latin term is filed among them.
            "C: CAR-T | 长期随访 | 成体干细胞",
            "G: 干细胞 | 高风险治疗",
            "X: 细胞培养 | 先进再生医疗",
            "Z: 再生医疗机构 | 治疗计划 | 知情同意 | 自体",
        ]
    );
}

#[test]
fn traditional_chinese_by_zhuyin() {
    let got = index(
        "zh-Hant",
        &[
            ("成體幹細胞", Some("ㄔㄥˊ ㄊㄧˇ ㄍㄢˋ ㄒㄧˋ ㄅㄠ")),
            ("先進再生醫療", Some("ㄒㄧㄢ ㄐㄧㄣˋ ㄗㄞˋ ㄕㄥ ㄧ ㄌㄧㄠˊ")),
            ("不良事件", Some("ㄅㄨˋ ㄌㄧㄤˊ ㄕˋ ㄐㄧㄢˋ")),
            ("CAR-T", Some("CAR-T")),
            ("細胞培養", Some("ㄒㄧˋ ㄅㄠ ㄆㄟˊ ㄧㄤˇ")),
            ("細胞處理機構", Some("ㄒㄧˋ ㄅㄠ ㄔㄨˇ ㄌㄧˇ ㄐㄧ ㄍㄡˋ")),
            ("細胞治療", Some("ㄒㄧˋ ㄅㄠ ㄓˋ ㄌㄧㄠˊ")),
            ("胚胎幹細胞", Some("ㄆㄟ ㄊㄞ ㄍㄢˋ ㄒㄧˋ ㄅㄠ")),
            ("高風險治療", Some("ㄍㄠ ㄈㄥ ㄒㄧㄢˇ ㄓˋ ㄌㄧㄠˊ")),
            ("幹細胞", Some("ㄍㄢˋ ㄒㄧˋ ㄅㄠ")),
            ("知情同意", Some("ㄓ ㄑㄧㄥˊ ㄊㄨㄥˊ ㄧˋ")),
            ("治療計畫", Some("ㄓˋ ㄌㄧㄠˊ ㄐㄧˋ ㄏㄨㄚˋ")),
            ("中風險治療", Some("ㄓㄨㄥ ㄈㄥ ㄒㄧㄢˇ ㄓˋ ㄌㄧㄠˊ")),
            ("長期追蹤", Some("ㄔㄤˊ ㄑㄧˊ ㄓㄨㄟ ㄗㄨㄥ")),
            ("外泌體", Some("ㄨㄞˋ ㄇㄧˋ ㄊㄧˇ")),
        ],
    );
    assert_eq!(
        got,
        [
            "ㄅ: 不良事件",
            "ㄆ: 胚胎幹細胞",
            "ㄍ: 高風險治療 | 幹細胞",
            "ㄒ: 細胞培養 | 細胞治療 | 細胞處理機構 | 先進再生醫療",
            "ㄓ: 知情同意 | 治療計畫 | 中風險治療",
            "ㄔ: 長期追蹤 | 成體幹細胞",
            "ㄨ: 外泌體",
            "A–Z: CAR-T",
        ]
    );
}

#[test]
fn zhuyin_sorts_by_sound_then_tone_then_strokes() {
    assert_eq!(
        zhuyin("ㄇㄚ ㄇㄚˊ ㄇㄚˇ ㄇㄚˋ ˙ㄇㄚ"),
        "ㄇㄚ1 ㄇㄚ2 ㄇㄚ3 ㄇㄚ4 ㄇㄚ5"
    );
    let got = index(
        "zh-Hant",
        &[
            ("嗎", Some("˙ㄇㄚ")),
            ("罵", Some("ㄇㄚˋ")),
            ("馬", Some("ㄇㄚˇ")),
            ("麻", Some("ㄇㄚˊ")),
            ("媽", Some("ㄇㄚ")),
            ("忙", Some("ㄇㄤˊ")),
            // Same reading: fewer strokes first (是 has 9, 士 3).
            ("是", Some("ㄕˋ")),
            ("士", Some("ㄕˋ")),
        ],
    );
    assert_eq!(got, ["ㄇ: 媽 | 麻 | 馬 | 罵 | 嗎 | 忙", "ㄕ: 士 | 是"]);
}

#[test]
fn russian_by_letter_with_yo_under_ye() {
    let got = index(
        "ru",
        &terms(&[
            "Взрослая стволовая клетка",
            "Аутологичные клетки",
            "Аллогенные клетки",
            "CAR-T",
            "Экзосомы",
            "Эмбриональная стволовая клетка",
            "Экспертный комитет",
            "Ёмкость",
            "Естественный",
            "Жидкость",
        ]),
    );
    assert_eq!(
        got,
        [
            "А: Аллогенные клетки | Аутологичные клетки",
            "В: Взрослая стволовая клетка",
            "Е: Ёмкость | Естественный",
            "Ж: Жидкость",
            "Э: Экзосомы | Экспертный комитет | Эмбриональная стволовая клетка",
            "A–Z: CAR-T",
        ]
    );
}

#[test]
fn mongolian_has_its_own_letters_after_o_and_u() {
    let got = index(
        "mn",
        &terms(&[
            "Насанд хүрэгчийн үүдэл эс",
            "Өөрийн эс (аутолог)",
            "Өндөр эрсдэлтэй эмчилгээ",
            "Үр хөврөлийн үүдэл эс",
            "Үүдэл эс",
            "Урт хугацааны хяналт",
            "Нөхөн төлжүүлэх эмчилгээний байгууллага",
            "CAR-T",
            "Өдөөгдсөн плюрипотент үүдэл эс",
            "Хосолмол эмчилгээ",
            "Эсийн эмчилгээ",
            "Эс боловсруулах байгууллага",
        ]),
    );
    assert_eq!(
        got,
        [
            "Н: Насанд хүрэгчийн үүдэл эс | Нөхөн төлжүүлэх эмчилгээний байгууллага",
            "Ө: Өдөөгдсөн плюрипотент үүдэл эс | Өндөр эрсдэлтэй эмчилгээ | Өөрийн эс (аутолог)",
            "У: Урт хугацааны хяналт",
            "Ү: Үр хөврөлийн үүдэл эс | Үүдэл эс",
            "Х: Хосолмол эмчилгээ",
            "Э: Эс боловсруулах байгууллага | Эсийн эмчилгээ",
            "A–Z: CAR-T",
        ]
    );
}

#[test]
fn thai_by_first_consonant_not_leading_vowel() {
    let got = index(
        "th",
        &terms(&[
            "เซลล์ต้นกำเนิดตัวเต็มวัย",
            "การแพทย์เชิงฟื้นฟูขั้นสูง",
            "อาการไม่พึงประสงค์",
            "เซลล์จากผู้บริจาค",
            "คาร์ทีเซลล์",
            "เอ็กโซโซม",
            "ยีนบำบัด",
            "แผนการรักษา",
            "คณะกรรมการพิจารณา",
            "สถานประกอบการเตรียมเซลล์",
            "โรงพยาบาล",
            "ใบรับรอง",
            "ไขกระดูก",
        ]),
    );
    assert_eq!(
        got,
        [
            "ก: การแพทย์เชิงฟื้นฟูขั้นสูง",
            "ข: ไขกระดูก",
            "ค: คณะกรรมการพิจารณา | คาร์ทีเซลล์",
            "ซ: เซลล์จากผู้บริจาค | เซลล์ต้นกำเนิดตัวเต็มวัย",
            "บ: ใบรับรอง",
            "ผ: แผนการรักษา",
            "ย: ยีนบำบัด",
            "ร: โรงพยาบาล",
            "ส: สถานประกอบการเตรียมเซลล์",
            "อ: อาการไม่พึงประสงค์ | เอ็กโซโซม",
        ]
    );
}

#[test]
fn vietnamese_letters_with_marks_are_their_own() {
    let got = index(
        "vi",
        &terms(&[
            "Tế bào gốc trưởng thành",
            "Đồng loài",
            "Điều trị nguy cơ cao",
            "Chuyển gen",
            "CAR-T",
            "Cơ sở xử lý tế bào",
            "Ủy ban Thẩm định",
            "Ưu tiên",
            "Dịch vụ",
            "Ống nghiệm",
            "Ơn",
            "Exosome",
        ]),
    );
    assert_eq!(
        got,
        [
            "C: CAR-T | Chuyển gen | Cơ sở xử lý tế bào",
            "D: Dịch vụ",
            "Đ: Điều trị nguy cơ cao | Đồng loài",
            "E: Exosome",
            "Ô: Ống nghiệm",
            "Ơ: Ơn",
            "T: Tế bào gốc trưởng thành",
            // Ủ is U with a tone mark; Ư is a letter.
            "U: Ủy ban Thẩm định",
            "Ư: Ưu tiên",
        ]
    );
}

#[test]
fn arabic_ignores_the_article_and_unifies_alef() {
    let got = index(
        "ar",
        &terms(&[
            "الخلايا الجذعية البالغة",
            "الطب التجديدي المتقدم",
            "الآثار الجانبية الضارة",
            "خيفي المنشأ",
            "ذاتي المنشأ",
            "CAR-T",
            "استزراع الخلايا",
            "العلاج الخلوي",
            "الإكسوسوم",
            "تعديل الجينات",
            "العلاج الجيني",
            "خطة العلاج",
            "الخلايا الجذعية",
            "علاج هندسة الأنسجة",
            "لجنة المراجعة",
            "أمان",
        ]),
    );
    assert_eq!(
        got,
        [
            "ا: الآثار الجانبية الضارة | استزراع الخلايا | الإكسوسوم | أمان",
            "ت: تعديل الجينات",
            "خ: خطة العلاج | الخلايا الجذعية | الخلايا الجذعية البالغة | خيفي المنشأ",
            "ذ: ذاتي المنشأ",
            "ط: الطب التجديدي المتقدم",
            "ع: العلاج الجيني | العلاج الخلوي | علاج هندسة الأنسجة",
            "ل: لجنة المراجعة",
            "A–Z: CAR-T",
        ]
    );
}
