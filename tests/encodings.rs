//! Pages in legacy and UTF-16 encodings, given to `extract_bytes` as raw bytes: the
//! declared (or BOM-signalled, or sniffed) encoding must be honoured, so the article
//! text holds the original sentences.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use encoding_rs::Encoding;

/// How the page says what it is encoded in.
#[derive(Clone, Copy, Debug)]
enum Declaration {
    /// `<meta charset="...">`
    MetaCharset,
    /// `<meta http-equiv="Content-Type" content="text/html; charset=...">`
    HttpEquiv,
    /// Nothing in the markup (a BOM, or sniffing).
    None,
}

struct Prose {
    lang: &'static str,
    title: &'static str,
    nav: &'static [&'static str],
    /// Paragraphs, each a list of sentences joined with `joiner`.
    paragraphs: &'static [&'static [&'static str]],
    joiner: &'static str,
}

const RUSSIAN: Prose = Prose {
    lang: "ru",
    title: "Зима на берегу Белого моря",
    nav: &["Главная", "Новости", "Культура", "О нас"],
    paragraphs: &[
        &[
            "Зима на берегу Белого моря начинается в октябре и заканчивается только в мае.",
            "Рыбаки из старых поморских сёл до сих пор выходят на лёд, чтобы проверить сети, поставленные ещё осенью.",
            "Каждый из них знает, где лёд крепок, а где течение подтачивает его снизу.",
        ],
        &[
            "В деревне Нёнокса живёт чуть больше трёхсот человек, и почти все они так или иначе связаны с морем.",
            "Местная школа учит детей не только математике и литературе, но и тому, как читать погоду по облакам.",
            "Учительница географии говорит, что эти знания важнее любого учебника.",
        ],
        &[
            "Летом сюда приезжают туристы, которые хотят увидеть белые ночи и деревянные церкви семнадцатого века.",
            "Жители встречают гостей радушно, но признаются, что больше всего любят тихие зимние вечера.",
            "Тогда можно пить чай с морошковым вареньем и слушать, как ветер гудит в печной трубе.",
        ],
    ],
    joiner: " ",
};

const JAPANESE: Prose = Prose {
    lang: "ja",
    title: "京都の小さな豆腐屋",
    nav: &["ホーム", "ニュース", "文化", "お問い合わせ"],
    paragraphs: &[
        &[
            "京都の古い町並みの一角に、百年以上続く小さな豆腐屋があります。",
            "店主の山田さんは毎朝四時に起きて、大豆を挽き、にがりで豆腐を固めます。",
            "その作り方は祖父の代からほとんど変わっていないそうです。",
        ],
        &[
            "近所の人々は鍋を持って店に来て、できたての豆腐を買って帰ります。",
            "観光客も増えましたが、山田さんは店を大きくするつもりはないと言います。",
            "手で作れる量だけを売ることが、味を守る一番の方法だと考えているからです。",
        ],
        &[
            "冬になると、湯豆腐用の豆腐を求める客で店の前に行列ができます。",
            "山田さんは一人ひとりに声をかけ、天気や家族の話をしながら豆腐を包みます。",
            "この小さな会話こそが、店が長く愛されてきた理由なのかもしれません。",
        ],
    ],
    joiner: "",
};

const KOREAN: Prose = Prose {
    lang: "ko",
    title: "제주도의 해녀 이야기",
    nav: &["홈", "뉴스", "문화", "문의하기"],
    paragraphs: &[
        &[
            "제주도의 해녀들은 산소 장비 없이 바다 깊이 들어가 전복과 소라를 캡니다.",
            "가장 나이 많은 해녀는 올해 여든 살이 되었지만 아직도 매일 바다에 나갑니다.",
            "그녀는 바다가 자신에게 삶의 모든 것을 가르쳐 주었다고 말합니다.",
        ],
        &[
            "해녀들은 물질을 마치면 불턱이라고 부르는 돌담 안에서 불을 쬐며 몸을 녹입니다.",
            "그곳에서 그들은 그날 잡은 것을 나누고 마을의 소식을 주고받습니다.",
            "젊은 해녀들은 선배들의 이야기를 들으며 바다를 읽는 법을 배웁니다.",
        ],
        &[
            "최근에는 해녀 문화를 배우려는 젊은 사람들이 조금씩 늘어나고 있습니다.",
            "마을에서는 해녀 학교를 열어 물질의 기술과 바다를 지키는 방법을 가르칩니다.",
            "해녀들은 이 전통이 다음 세대에도 이어지기를 간절히 바라고 있습니다.",
        ],
    ],
    joiner: " ",
};

const CHINESE: Prose = Prose {
    lang: "zh",
    title: "黄山脚下的茶农",
    nav: &["首页", "新闻", "文化", "联系我们"],
    paragraphs: &[
        &[
            "每年清明前后，黄山脚下的茶农们便开始忙碌起来。",
            "他们天不亮就上山采茶，只摘一芽一叶，以保证毛峰的鲜嫩。",
            "老茶农王师傅已经在这片山上采了四十多年的茶。",
        ],
        &[
            "采回来的鲜叶要在当天炒制，否则香气就会散失。",
            "王师傅站在铁锅前，用手不停地翻炒茶叶，锅里的温度全凭经验掌握。",
            "他说，炒茶的火候就像做人一样，过了不行，不够也不行。",
        ],
        &[
            "近年来，村里的年轻人大多去了城市工作，愿意学炒茶的人越来越少。",
            "王师傅收了两个徒弟，希望把这门手艺传下去。",
            "他相信，只要山上还有茶树，黄山毛峰的香味就不会消失。",
        ],
    ],
    joiner: "",
};

const POLISH_CZECH: Prose = Prose {
    lang: "pl",
    title: "Życie nad Odrą i Vltavou",
    nav: &["Strona główna", "Wiadomości", "Kultura", "Kontakt"],
    paragraphs: &[
        &[
            "Wczesnym rankiem nad Odrą unosi się gęsta mgła, a rybacy wypływają łodziami na środek rzeki.",
            "Pan Zbigniew łowi tu ryby od czterdziestu lat i zna każdy zakręt koryta.",
            "Mówi, że rzeka zmienia się co roku, ale jej spokój pozostaje taki sam.",
        ],
        &[
            "Zażółć gęślą jaźń to zdanie, którym drukarze sprawdzali kiedyś polskie czcionki.",
            "Dziś w małym muzeum w Opolu można zobaczyć stare prasy i ręcznie składane strony gazet.",
            "Przewodnik opowiada, że każdy błąd w składzie kosztował zecera godzinę pracy.",
        ],
        &[
            "Na březích Vltavy v Českém Krumlově se každé léto konají řemeslné trhy.",
            "Příliš žluťoučký kůň úpěl ďábelské ódy, smějí se děti, když zkoušejí staré psací stroje.",
            "Místní řemeslníci ukazují návštěvníkům, jak se vyrábí ruční papír a vázají knihy.",
        ],
    ],
    joiner: " ",
};

const ENCODING_CHECKS: &[(&str, &Encoding, &Prose)] = &[
    ("windows-1251", encoding_rs::WINDOWS_1251, &RUSSIAN),
    ("KOI8-R", encoding_rs::KOI8_R, &RUSSIAN),
    ("Shift_JIS", encoding_rs::SHIFT_JIS, &JAPANESE),
    ("EUC-KR", encoding_rs::EUC_KR, &KOREAN),
    ("GBK", encoding_rs::GBK, &CHINESE),
    ("ISO-8859-2", encoding_rs::ISO_8859_2, &POLISH_CZECH),
];

fn page(prose: &Prose, declaration: Declaration, label: &str) -> String {
    let meta = match declaration {
        Declaration::MetaCharset => format!("<meta charset=\"{label}\">"),
        Declaration::HttpEquiv => {
            format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">")
        }
        Declaration::None => String::new(),
    };
    let nav: String = prose.nav.iter().map(|item| format!("<li><a href=\"/{item}/\">{item}</a></li>")).collect();
    let paragraphs: String = prose
        .paragraphs
        .iter()
        .map(|sentences| format!("<p>{}</p>\n", sentences.join(prose.joiner)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head>{meta}<title>{title}</title></head>\n<body>\n\
<nav><ul>{nav}</ul></nav>\n<article>\n<h1>{title}</h1>\n{paragraphs}</article>\n\
<footer><p>2024</p></footer>\n</body></html>\n",
        lang = prose.lang,
        title = prose.title,
    )
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Extracts from `bytes` and checks every sentence of `prose` is in the text.
fn check_bytes(name: &str, bytes: &[u8], prose: &Prose) -> Result<(), String> {
    let article = dechrome::extract_bytes(bytes).map_err(|e| format!("{name}: extraction failed: {e:?}"))?;
    let text = squash(&article.text);
    let missing: Vec<&str> = prose
        .paragraphs
        .iter()
        .flat_map(|sentences| sentences.iter().copied())
        .filter(|sentence| !text.contains(&squash(sentence)))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{name}: {} sentence(s) missing, e.g. {:?}\n    text begins: {:?}",
            missing.len(),
            missing.first().copied().unwrap_or(""),
            text.chars().take(120).collect::<String>()
        ))
    }
}

fn check_encoding(label: &str, encoding: &'static Encoding, prose: &Prose, declaration: Declaration) -> Result<(), String> {
    let name = format!("{label} declared by {declaration:?}");
    let html = page(prose, declaration, label);
    let (bytes, used, had_errors) = encoding.encode(&html);
    if had_errors || used != encoding {
        return Err(format!("{name}: the test page cannot be encoded in {label} (used {})", used.name()));
    }
    if std::str::from_utf8(&bytes).is_ok() {
        return Err(format!("{name}: the encoded page is valid UTF-8, so it tests nothing"));
    }
    check_bytes(&name, &bytes, prose)
}

fn run(label: &str) {
    let mut failures = Vec::new();
    for (name, encoding, prose) in ENCODING_CHECKS.iter().filter(|(name, ..)| *name == label) {
        for declaration in [Declaration::MetaCharset, Declaration::HttpEquiv] {
            if let Err(e) = check_encoding(name, encoding, prose, declaration) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn windows_1251_russian() {
    run("windows-1251");
}

#[test]
fn koi8_r_russian() {
    run("KOI8-R");
}

#[test]
fn shift_jis_japanese() {
    run("Shift_JIS");
}

#[test]
fn euc_kr_korean() {
    run("EUC-KR");
}

#[test]
fn gbk_chinese() {
    run("GBK");
}

#[test]
fn iso_8859_2_polish_and_czech() {
    run("ISO-8859-2");
}

fn utf16(html: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for unit in html.encode_utf16() {
        let pair = if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

#[test]
fn utf_16_with_bom_only() {
    let mut failures = Vec::new();
    for (prose, what) in [(&RUSSIAN, "Russian"), (&JAPANESE, "Japanese"), (&POLISH_CZECH, "Polish/Czech")] {
        let html = page(prose, Declaration::None, "");
        for big_endian in [false, true] {
            let name = format!("UTF-16{} with BOM, {what}", if big_endian { "BE" } else { "LE" });
            if let Err(e) = check_bytes(&name, &utf16(&html, big_endian), prose) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn undeclared_windows_1252_decodes_cafe() {
    let html = "<!DOCTYPE html>\n<html><head><title>A small caf\u{e9} in Lyon</title></head>\n<body>\n\
<nav><a href=\"/\">Home</a> <a href=\"/food/\">Food</a></nav>\n<article>\n<h1>A small caf\u{e9} in Lyon</h1>\n\
<p>On a quiet corner near the river there is a small caf\u{e9} that has served the same breakfast for forty years. \
The owner bakes the bread herself before dawn, and regulars say the coffee tastes exactly as it did when they were students.</p>\n\
<p>Visitors often ask for the recipe of the almond tart, but the owner only smiles and says that some things should stay in the kitchen. \
In the afternoon the caf\u{e9} fills with people reading newspapers, and nobody is ever asked to hurry.</p>\n\
<p>When the building was sold last spring, the neighbours signed a petition to keep the caf\u{e9} open, and the new landlord agreed to keep the rent the same.</p>\n\
</article>\n</body></html>\n";
    let (bytes, _, had_errors) = encoding_rs::WINDOWS_1252.encode(html);
    assert!(!had_errors, "the page cannot be encoded in windows-1252");
    assert!(std::str::from_utf8(&bytes).is_err(), "the page must be invalid as UTF-8");
    let article = match dechrome::extract_bytes(&bytes) {
        Ok(article) => article,
        Err(e) => panic!("extraction failed: {e:?}"),
    };
    assert!(article.text.contains("small caf\u{e9} that has served"), "text: {:?}", article.text);
    assert!(!article.text.contains('\u{fffd}'), "replacement characters in the text: {:?}", article.text);
}
