//! Page families that the rules read by markup. Each test is a small page written
//! for it, checked for the text that must stay and the text that must go.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use dechrome::Extractor;

fn text(html: &str) -> String {
    Extractor::new().url("https://site.example/page").extract(html).unwrap().text
}

/// One forum post: a user cell (name, rank, stats) beside the message.
fn post(name: &str, rank: &str, messages: &str, place: &str, body: &str) -> String {
    format!(
        r#"<article class="message message--post">
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user">
<div class="message-userDetails"><h4 class="message-name"><a href="/members/{name}">{name}</a></h4>
<h5 class="userTitle message-userTitle">{rank}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{messages}</dd></dl>
<dl class="pairs pairs--justified"><dt>Location</dt><dd>{place}</dd></dl></div>
</section></div>
<div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper">{body}</div></article></div></div>
</div></article>"#
    )
}

#[test]
fn a_forum_posters_rank_and_stats_leave_the_thread_but_not_the_posts() {
    let posts = [
        post("ridgeback", "Well-known rider", "2,418", "Harrogate", "I fitted a new chain last weekend, the same eleven-speed model as before, and now the rear derailleur skips on the smallest cogs whenever I stand on the pedals. Indexing looks right in the stand, so what else should I check first?"),
        post("spokewise", "Frame builder", "11,902", "Bristol", "That is a worn cassette, almost certainly. The old chain had stretched and the cogs you use most wore to match it, so a new chain on old cogs skips under load exactly as you describe it."),
        post("ridgeback", "Well-known rider", "2,418", "Harrogate", "Update: a new cassette went on this morning and the skipping is gone. Thanks to everyone who answered, and lesson learned about measuring chain wear before it is too late."),
    ];
    let got = text(&thread_page("Derailleur skipping after a new chain", "", &posts.concat()));
    for kept in ["I fitted a new chain", "That is a worn cassette", "Update: a new cassette"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    for cut in ["Well-known rider", "Frame builder", "2,418", "11,902", "Harrogate", "Bristol"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// A forum's thread page: its `title` as the heading, then the `posts`; `head` adds to
/// the page's `<head>`.
fn thread_page(title: &str, head: &str, posts: &str) -> String {
    format!(
        r#"<html lang="en"><head><title>{title} | Chainstay</title>{head}</head><body>
<nav><a href="/">Forums</a> <a href="/new">New posts</a></nav>
<main><h1>{title}</h1><div class="block-body">{posts}</div></main>
<footer><a href="/terms">Terms</a></footer></body></html>"#
    )
}

/// Other engines' names for the same panel parts (FluxBB's rank, vBulletin's stats).
#[test]
fn other_engines_user_titles_and_stats_leave_too() {
    let post = |name: &str, body: &str| {
        format!(
            r#"<li class="postbitlegacy"><div class="userinfo"><dl><dt><a class="username" href="/u/{name}">{name}</a></dt>
<dd class="usertitle">Junior Wrench</dd></dl><div class="userinfo_extra"><dl class="userstats"><dt>Join Date</dt><dd>Mar 2009</dd><dt>Posts</dt><dd>7,113</dd></dl></div></div>
<div class="postbody"><div class="content"><blockquote class="postcontent">{body}</blockquote></div></div></li>"#
        )
    };
    let html = format!(
        r#"<html lang="en"><head><title>Seat post creaks in the cold | Chainstay</title></head><body>
<div id="postlist"><ol class="posts">{}{}</ol></div></body></html>"#,
        post("ridgeback", "My carbon seat post creaks on cold mornings and goes quiet once the frame warms up. I have cleaned and greased it twice already, with no change at all, and the clamp is set to the torque printed on it."),
        post("spokewise", "Use carbon assembly paste instead of grease, since grease lets the post slip and the clamp then works against it. Clean both surfaces with alcohol first and tighten the clamp in small steps.")
    );
    let got = text(&html);
    assert!(got.contains("My carbon seat post creaks") && got.contains("Use carbon assembly paste"), "{got}");
    for cut in ["Junior Wrench", "7,113"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// A content management system marks a node promoted to the front page with a
/// modifier that starts like `promo`: a publishing state, not an ad.
#[test]
fn a_node_promoted_to_the_front_page_is_not_an_ad() {
    let news: String = (0..12)
        .map(|i| format!("<li><a href=\"/news/{i}\">Hospital opens its new wing for day surgery, number {i}</a><p>The new wing adds twelve theatres and a recovery ward for patients who go home the same day.</p></li>"))
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>Mental health services | Valley Health</title></head><body>
<nav><a href="/">Home</a> <a href="/services">Services</a></nav>
<div class="appointments"><p>To schedule an appointment, call the clinic on weekdays between eight and six, or book online through the patient portal.</p></div>
<main><article class="node node--type-service node--promoted"><div class="field field--name-body">
<h2>Mental health services</h2>
<p>Valley Health provides therapy and programmes to patients of all ages who are struggling with their mental health, in both inpatient and outpatient settings.</p>
<h3>Adult services</h3>
<p>The adult inpatient unit has forty-five beds and serves patients whose condition requires a stay in hospital, or who have difficulty meeting their basic needs.</p>
<p>The adult outpatient clinic offers individual therapy, couples therapy and group psychotherapy, along with medication evaluation and treatment.</p>
</div></article></main>
<aside class="news"><h2>Latest news</h2><ul>{news}</ul></aside>
<footer><a href="/privacy">Privacy</a></footer></body></html>"#
    );
    let got = text(&html);
    assert!(got.contains("Valley Health provides therapy") && got.contains("The adult outpatient clinic"), "{got}");
    assert!(!got.contains("twelve theatres"), "{got}");
}

/// An FAQ's questions are links to their own answers on the page (`href="#faq-2"`,
/// the toggles of an accordion): the answers under them are the page's text, where
/// prose under a title linking to another page is a teaser card.
#[test]
fn an_faqs_answers_under_in_page_links_are_no_teasers() {
    let course = [
        "The fundamentals course introduces the ideas behind distributed ledgers, starting with hashing and signatures, and builds up to consensus, so that each lesson rests on the one before it and nothing is taken on trust.",
        "Each of the twelve lessons pairs a short lecture with a worked exercise, and the exercises grow from reading a block by hand to writing a small contract, which you deploy to a test network at the end.",
        "Learners who finish the course usually go on to one of the certification tracks, where the same exercises return at a larger scale and with a mentor who reviews every submission within two working days.",
        "The course is free, it runs in the browser, and it keeps your progress between sessions, so that a lesson may be left half done on a train and picked up again at home on another device without losing work.",
        "Teams may enrol together and share a dashboard that shows each member's progress, which managers use to plan training alongside project work rather than in place of it, as most of our clients tell us they prefer.",
        "Every lesson ends with a short quiz whose questions are drawn from the exercise just done, and a lesson counts as finished once the quiz is passed, however many attempts that takes, since the aim is understanding.",
        "Support is given by the instructors themselves in a forum that is open to every learner, and questions asked there are answered within a day, with the best answers collected into the notes of the next edition.",
        "The material is revised twice a year, and learners keep access to every later edition of the course, so that what they learned stays current as the field moves, with the changes listed at the top of each lesson.",
    ];
    let faq = [
        ("faq-1", "Are there prerequisites for the course?", "There are none: anyone can enrol, and the first lesson explains every term it uses, from a hash to a signature, before the course relies on it."),
        ("faq-2", "Will I get a certificate?", "The free course ends with a certificate of completion, though the accredited certifications are separate programmes with their own examination and fee."),
        ("faq-3", "How long does the course take?", "Most learners finish in three to four weeks at a few hours a week, but the course has no deadline and the lessons stay open for as long as you need."),
    ];
    let paragraphs: String = course.iter().map(|p| format!("<p>{p}</p>")).collect();
    let questions: String = faq
        .iter()
        .map(|(id, q, a)| format!(r##"<div class="panel"><h4 class="panel-title"><a role="button" data-toggle="collapse" href="#{id}">{q}</a></h4><div id="{id}" class="panel-body"><p>{a}</p></div></div>"##))
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>Ledger fundamentals, a free course | Ledger School</title></head><body>
<nav><a href="/">Home</a> <a href="/courses">Courses</a></nav>
<div class="page"><section class="intro"><div class="wrap"><h2>About the course</h2>{paragraphs}</div></section>
<section class="faq-section"><div class="wrap"><h3>Frequently asked questions</h3>{questions}</div></section></div>
<footer><a href="/privacy">Privacy</a></footer></body></html>"#
    );
    let got = text(&html);
    assert!(got.contains("The fundamentals course introduces"), "{got}");
    for (_, question, answer) in faq {
        assert!(got.contains(answer), "{question:?} lost its answer:\n{got}");
    }
}

/// Three short posts of a seat-post thread, for the forum panel tests below.
const SEAT_POST: [(&str, &str); 3] = [
    ("ridgeback", "My carbon seat post creaks on cold mornings and goes quiet once the frame warms up. I have cleaned and greased it twice already, with no change at all, and the clamp is set to the torque printed on it."),
    ("spokewise", "Use carbon assembly paste instead of grease, since grease lets the post slip and the clamp then works against it. Clean both surfaces with alcohol first and tighten the clamp in small steps."),
    ("ridgeback", "Paste it was, and the creak has gone even on the frostiest morning this week. Thanks for the tip about tightening in small steps, the clamp feels much more secure now."),
];

/// vBulletin writes the poster's rank in an inline `<span class="usertitle">` that
/// holds all the text of its block but closes before the block does.
#[test]
fn a_rank_in_an_inline_span_leaves_with_its_class() {
    let post = |name: &str, body: &str| {
        format!(
            r#"<li class="postbitlegacy postcontainer"><div class="posthead"><span class="date">11-29-2024, 09:03 AM</span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline" href="/members/{name}"><strong>{name}</strong></a></div>
<img class="inlineimg onlinestatus" src="/offline.png" alt="{name} is offline"> <span class="usertitle">Junior Wrench</span>
</div><div class="postbody"><div class="content"><blockquote class="postcontent restore">{body}</blockquote></div></div></div></li>"#
        )
    };
    let posts: String = SEAT_POST.iter().map(|(name, body)| post(name, body)).collect();
    let html = format!(
        r#"<html lang="en"><head><title>Seat post creaks in the cold | Chainstay</title></head><body>
<div id="postlist"><ol id="posts" class="posts">{posts}</ol></div></body></html>"#
    );
    let got = text(&html);
    for (_, body) in SEAT_POST {
        assert!(got.contains(&body[..30]), "{body:?} is missing:\n{got}");
    }
    assert!(!got.contains("Junior Wrench"), "the rank leaked:\n{got}");
}

/// A signature cut by its class stays cut: the learned model, which would take its
/// sentences back in for their prose, has no say on it.
#[test]
fn a_signature_cut_by_its_class_is_not_taken_back_in() {
    let signatures = [
        "Riding since 1998 on a steel frame that I built myself, and still the best bike I have owned. Ask me about frame geometry and why it matters more than weight for comfort on long days.",
        "Chainstay club rides leave the old station every Sunday at nine, all paces welcome and nobody gets dropped. Bring a spare tube and something to eat for the cafe stop halfway round.",
    ];
    let post = |name: &str, body: &str, signature: &str| {
        format!(
            r##"<div class="post bg2"><div class="inner"><div class="postbody"><h3><a href="#p1">Re: Seat post creaks in the cold</a></h3>
<p class="author"><strong><a href="/u/{name}" class="username">{name}</a></strong> » Tue Aug 27, 2019 1:47 am</p>
<div class="content">{body}</div>
<div class="signature">{signature}</div></div>
<dl class="postprofile"><dt><a href="/u/{name}">{name}</a></dt><dd><strong>Posts:</strong> 158</dd></dl></div></div>"##
        )
    };
    let posts: String = SEAT_POST.iter().enumerate().map(|(i, (name, body))| post(name, body, signatures[i % 2])).collect();
    let html = format!(
        r#"<html lang="en"><head><title>Seat post creaks in the cold - Chainstay Forum</title></head><body>
<div id="page-body"><h2 class="topic-title"><a href="/t/1">Seat post creaks in the cold</a></h2>{posts}</div></body></html>"#
    );
    let got = text(&html);
    for (_, body) in SEAT_POST {
        assert!(got.contains(&body[..30]), "{body:?} is missing:\n{got}");
    }
    for signature in signatures {
        assert!(!got.contains(&signature[..30]), "{signature:?} leaked:\n{got}");
    }
}

/// Invision Community shows a topic's overview (replies, views, its top posters)
/// in a `cTopicOverview` panel among the posts: the thread's statistics, not a post.
#[test]
fn a_topic_overview_panel_leaves_the_thread() {
    let overview = r#"<div class="ipsBox cTopicOverviewContainer"><div class="cTopicOverview cTopicOverview--main"><div class="cTopicOverview__content">
<ul class="cTopicOverview__item cTopicOverview__item--stats"><li><span class="i-color_soft">Replies</span> <span class="i-color_hard">154</span></li><li><span class="i-color_soft">Views</span> <span class="i-color_hard">26.2k</span></li><li><span class="i-color_soft">Created</span> <span><time datetime="2024-04-02T05:03:15Z">1 yr</time></span></li><li><span class="i-color_soft">Last Reply</span> <span><time datetime="2025-09-26T15:07:17Z">Sep 26</time></span></li></ul>
<div class="cTopicOverview__item cTopicOverview__item--topPosters"><h4 class="cTopicOverview__title">Top Posters In This Topic</h4><ul><li><a href="/u/0">rider0</a> 19 posts</li><li><a href="/u/1">rider1</a> 8 posts</li></ul></div>
</div></div></div>"#;
    let post = |i: usize, body: &str| format!(r#"<div class="ipsComment"><div class="ipsComment_header"><a href="/u/{i}">rider{i}</a></div><div class="ipsType_richText" data-role="commentContent"><p>{body}</p></div></div>"#);
    let posts: Vec<String> = SEAT_POST.iter().enumerate().map(|(i, (_, body))| post(i, body)).collect();
    let html = format!(
        r#"<html lang="en"><head><title>Seat post creaks in the cold - Chainstay Community</title></head><body><main>
<h1 class="ipsPageHeader__title">Seat post creaks in the cold</h1>
<div class="cTopic">{}{overview}{}{}</div></main></body></html>"#,
        posts[0], posts[1], posts[2]
    );
    let got = text(&html);
    for (_, body) in SEAT_POST {
        assert!(got.contains(&body[..30]), "{body:?} is missing:\n{got}");
    }
    for cut in ["Replies", "26.2k", "Top Posters", "19 posts"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

#[test]
fn a_products_author_biography_stays_on_its_page() {
    // A book's page: its author's biography presents the product, where on an article
    // it would be the writer's meta line. (Inline, not a fixture: the clean HTML
    // carries no Product declaration, so re-extracting it reads an article.)
    let html = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Quiet Orchard: A Year of Growing Fruit | Larchwood Books</title>
<meta property="og:site_name" content="Larchwood Books">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"The Quiet Orchard: A Year of Growing Fruit","offers":{"@type":"Offer","price":"18.99","priceCurrency":"GBP"}}</script>
</head>
<body>
<header><a href="/">Larchwood Books</a><nav><a href="/fiction">Fiction</a> <a href="/gardening">Gardening</a> <a href="/basket">Basket</a></nav></header>
<main>
  <div class="product">
    <h1>The Quiet Orchard: A Year of Growing Fruit</h1>
    <p class="price">£18.99</p>
    <button class="add-to-cart">Add to basket</button>
    <div class="description">
      <h2>Description</h2>
      <p>Month by month, this book follows a small orchard of apples, pears and plums through a full year, from winter pruning and grafting to the autumn harvest and the long business of storing fruit so that it lasts until spring.</p>
      <p>Each chapter pairs the season's practical work with notes on the old varieties that suit a small garden, the pests and diseases worth worrying about, and the ones that a patient grower can simply learn to live with.</p>
    </div>
    <div class="author">
      <h2>About the author</h2>
      <p>Hester Lindqvist is a writer and orchard keeper who has restored three abandoned orchards in the Welsh borders. She teaches grafting courses each winter and writes a monthly column on fruit growing.</p>
    </div>
  </div>
</main>
<footer><p>Larchwood Books Ltd</p></footer>
</body>
</html>"#;
    let got = text(html);
    assert!(got.contains("Month by month, this book follows"), "{got}");
    assert!(got.contains("Hester Lindqvist is a writer and orchard keeper"), "the author's biography was cut:\n{got}");
}

/// A shop's category page: an introduction, a grid of product cards (a linked name,
/// a colour count, a price), then more of the category's prose. The cards' prices
/// are the page's content as much as the prose, though each is a short line.
#[test]
fn a_shop_shelf_keeps_its_prices_beside_the_category_prose() {
    let names = [
        "Striped Linen Midi Dress", "Ribbed Tank Dress", "Tiered Babydoll Dress", "Button-Front Shirt Dress", "Puff Sleeve Mini Dress", "Washed Cotton Sundress",
        "Gingham Tie-Back Dress", "Denim Pinafore Dress", "Floral Wrap Dress", "Jersey T-Shirt Dress", "Smocked Maxi Dress", "Drawstring Waist Dress",
    ];
    let cards: String = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let slug = name.to_lowercase().replace(' ', "-");
            format!(
                r#"<div class="product-tile"><a href="/products/{slug}"><img src="/img/{i}.jpg" alt=""></a><div class="swatches">{} Colors</div><div class="tile-name"><a href="/products/{slug}">{name}</a></div><div class="tile-price">${}.00</div></div>"#,
                i % 4 + 1,
                39 + i * 5
            )
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>Casual Dresses | Meadow Lane</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/dresses">Dresses</a></li></ul></nav></header>
<main><h1>Casual Dresses</h1>
<div class="intro"><p>A good casual dress is the quickest outfit there is: one piece, a pair of sandals or sneakers, and you are ready for the park, the beach, the market or a long lunch with friends. That is why we keep this shelf stocked with relaxed shapes in breathable fabrics, from cotton and linen blends to soft jersey, all year round.</p></div>
<div class="product-grid">{cards}</div>
<div class="copy"><p>Our casual dresses include drawstring waists, tiered babydoll styles, button-front shirt dresses and puff sleeves, in stripes, gingham, florals and washed solids. If you prefer a fitted shape, try a ribbed tank dress or a jersey t-shirt dress, and add a denim jacket when the evening turns cool. The less structured the dress, the more casual it feels.</p></div>
</main>
<footer><ul><li><a href="/help">Help</a></li><li><a href="/returns">Returns</a></li></ul></footer></body></html>"#
    );
    let text = text(&html);
    assert!(text.contains("quickest outfit") && text.contains("The less structured the dress"), "the category prose stays:\n{text}");
    for price in (0..names.len()).map(|i| format!("${}.00", 39 + i * 5)) {
        assert!(text.contains(&price), "the price {price} stays:\n{text}");
    }
    assert!(!text.contains("Returns"), "the footer goes:\n{text}");
}

#[test]
fn a_question_page_keeps_its_question_beside_longer_answers() {
    // A question and answers site: the microdata `Question` item holds the question and
    // the answers' list; the answers, far longer, win the vote on their own.
    let answer = |votes: usize, body: &str| {
        format!(
            r#"<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="votes">{votes}</div>
<div class="post-text" itemprop="text"><p>{body}</p><p>{body}</p></div>
<div class="comments"><ul><li class="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="text">Thanks, that worked.</span></li></ul></div></div>"#
        )
    };
    let html = format!(
        r#"<html lang="en"><head><title>Why does my sourdough starter smell of acetone? - Baking Answers</title></head><body>
<header><a href="/">Baking Answers</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></header>
<div itemscope itemtype="https://schema.org/QAPage"><div id="content">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name">Why does my sourdough starter smell of acetone?</h1>
<div class="question"><div class="votes">12</div><div class="post-text" itemprop="text"><p>My starter is two weeks old and smells like nail polish remover every morning. Is it ruined?</p></div>
<div class="post-tags"><a href="/tags/sourdough">sourdough</a> <a href="/tags/starter">starter</a></div></div>
<div id="answers"><h2>3 Answers</h2>{}{}{}</div>
</div></div></div>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>"#,
        answer(30, "A hungry starter makes that smell: the yeast have eaten what flour they had and the bacteria start producing sharper by-products, acetone among them, which is harmless and goes once you feed it more often."),
        answer(11, "Feed it twice a day for a few days, at a ratio of one part starter to two parts each of flour and water, and keep it somewhere a little warmer, so that the culture settles and the smell fades within the week."),
        answer(4, "Nothing is ruined. Pour off the grey liquid that gathers on top, stir in fresh flour and water, and the starter will smell sour and yeasty again once it is fed on a regular schedule for a few days running."),
    );
    let got = text(&html);
    assert!(got.contains("smells like nail polish remover"), "the question is missing:\n{got}");
    assert!(got.contains("A hungry starter makes that smell"), "an answer is missing:\n{got}");
    for cut in ["Thanks, that worked", "Privacy"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

#[test]
fn a_utility_class_that_hides_at_every_width_hides_but_a_collapsed_answer_does_not() {
    // Tailwind's `hidden` alone hides at every width (a second copy of the author box
    // for another layout); beside `md:block` it shows on wide screens; behind the
    // button that opens it, it is a collapsed answer the reader opens; beside a shown
    // list of its own tag and class, the next pane of a tab set.
    let html = r#"<html lang="en"><head><title>How to store winter squash - Pantry Notes</title></head><body>
<nav class="flex gap-4"><a href="/">Home</a> <a href="/guides">Guides</a></nav>
<main class="mx-auto max-w-3xl"><h1 class="text-3xl">How to store winter squash</h1>
<p class="text-lg">Winter squash keeps for months if it is cured first: leave it in a warm, dry room for ten days so the skin hardens and small scratches seal over before it goes into storage.</p>
<p class="hidden md:block text-lg">After curing, a cool cupboard or an unheated spare room is ideal, somewhere between ten and fifteen degrees, with the squash set apart so that none of them touch.</p>
<p class="text-lg">Check them every couple of weeks and use any that show soft spots first, since one rotting squash quickly spoils the ones beside it on the shelf.</p>
<div class="py-6"><button class="flex w-full" type="button"><h3 class="text-base">Can I freeze squash instead?</h3></button>
<div class="text-sm hidden">Yes: peel it, cut it into cubes and blanch them for three minutes before freezing them flat on a tray, then bag them once they are solid.</div></div>
<ul class="grid gap-4 varieties"><li>Butternut keeps until early spring in a cool room.</li><li>Crown Prince keeps longest of all, often into May.</li></ul><ul class="grid gap-4 varieties hidden"><li>Acorn squash keeps only six to eight weeks before it turns stringy.</li><li>Delicata keeps for about three months on a shelf.</li></ul>
<div class="my-10 hidden border-t px-10"><h3 class="text-2xl">Written by Rosa Lind</h3><p>Gardener and cook who has grown pumpkins on a windy allotment for twenty years and writes about keeping what she grows through the winter.</p></div>
</main><footer class="border-t"><a href="/privacy">Privacy</a></footer></body></html>"#;
    let got = text(html);
    // A pane hidden beside a shown one of the same tag and class is a tab set's next pane.
    for kept in ["Winter squash keeps for months", "a cool cupboard or an unheated spare room", "peel it, cut it into cubes", "Acorn squash keeps only"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    assert!(!got.contains("windy allotment"), "the hidden author box leaked:\n{got}");
}

/// A page with a `promo` box inside its `<main>`, declared an article, a product or
/// neither.
fn promo_page(og_type: &str) -> String {
    format!(
        r#"<html lang="en"><head><title>Harbour Kayak Tours</title><meta property="og:type" content="{og_type}"></head><body>
<nav><a href="/">Home</a> <a href="/tours">Tours</a> <a href="/contact">Contact</a></nav>
<main><h1>Sea kayak tours around the harbour</h1>
<p>Our guides lead small groups of six along the sheltered eastern shore, past the old lighthouse and the seal colony, stopping for tea on a sandy cove before the tide turns.</p>
<p>Every tour starts with a half hour of paddling practice on the beach, so no experience is needed, and all boats, paddles, spray decks and buoyancy aids are included in the price.</p>
<div class="promo-section"><h2>Family weekends</h2><p>Book two adult places on any Saturday morning tour this summer and a child under twelve paddles with you in a double kayak for free, with a junior buoyancy aid fitted by our guides.</p></div>
<p>Tours run from April to October and leave from the slipway beside the harbour master's office, where there is free parking for the morning.</p>
</main>
<footer><a href="/terms">Terms</a></footer></body></html>"#
    )
}

#[test]
fn a_promo_box_in_the_content_is_an_ad_on_an_article_or_a_product_only() {
    let offer = "a child under twelve paddles with you";
    let service = text(&promo_page("website"));
    assert!(service.contains(offer), "a service page's own offer is missing:\n{service}");
    assert!(service.contains("Our guides lead small groups") && service.contains("Tours run from April"), "{service}");
    let article = text(&promo_page("article"));
    assert!(!article.contains(offer), "a promo box inside an article leaked:\n{article}");
    assert!(article.contains("Our guides lead small groups") && article.contains("Tours run from April"), "{article}");
    let product = text(&promo_page("product"));
    assert!(!product.contains(offer), "a promo tile on a product's page leaked:\n{product}");
    assert!(product.contains("Our guides lead small groups") && product.contains("Tours run from April"), "{product}");
}

#[test]
fn text_clipped_for_screen_readers_leaves_a_shops_cards() {
    // A shop theme labels each card's prices for screen readers in `visually-hidden`
    // spans ("Regular price", "Sale price"): clipped to a pixel, never seen.
    let names = [
        "Dark Roast Whole Bean", "Medium Roast Ground", "Espresso Blend Beans", "Decaf Swiss Water", "Cold Brew Pitcher Packs", "Single Origin Kenya",
        "Hazelnut Flavoured Ground", "Breakfast Blend Pods", "French Roast Beans", "Mocha Java Ground",
    ];
    let cards: String = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let slug = name.to_lowercase().replace(' ', "-");
            format!(
                r#"<li class="grid__item"><div class="card-wrapper"><div class="card__media"><img src="/img/{i}.jpg" alt=""></div><div class="card__content"><h3 class="card__heading"><a href="/products/{slug}">{name}</a></h3><div class="price"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item">${}.99</span></div><div class="price__sale"><span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale"></span></div></div></div></div></li>"#,
                12 + i
            )
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>Coffee | Harbour Roasters</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/coffee">Coffee</a></li></ul></nav></header>
<main><h1>Coffee</h1>
<div class="collection-hero__description"><p>Every bag on this shelf is roasted in small batches in our harbour-side roastery and shipped within two days of roasting, whole bean or ground to order, so that the coffee in your cup tastes the way it did when it left the drum.</p></div>
<ul class="product-grid">{cards}</ul>
<div class="collection__notes"><p>Not sure where to start? A medium roast is the easy middle of the range, with chocolate and nut notes and no sharp edges, while the dark roasts bring the heavier body that milk drinkers like. Decaf is processed with water alone, never a solvent.</p></div>
</main>
<footer><ul><li><a href="/help">Help</a></li><li><a href="/returns">Returns</a></li></ul></footer></body></html>"#
    );
    let got = text(&html);
    assert!(got.contains("roasted in small batches") && got.contains("never a solvent"), "the collection's prose stays:\n{got}");
    for name in names {
        assert!(got.contains(name), "the card {name:?} stays:\n{got}");
    }
    assert!(got.contains("$12.99") && got.contains("$21.99"), "the prices stay:\n{got}");
    for label in ["Regular price", "Sale price"] {
        assert!(!got.contains(label), "the screen reader's label {label:?} leaked:\n{got}");
    }
}

#[test]
fn a_cards_excerpt_linked_for_the_eye_alone_stays() {
    // A news river: each card links its excerpt a second time, with `aria-hidden` and
    // `tabindex="-1"` so that a screen reader reads the link once; the reader sees it.
    // A slide cloned for a carousel, hidden the same way but no link, stays hidden.
    let stories = [
        ("Harbour ferry timetable changes from Monday", "The morning ferry leaves ten minutes earlier from next week, and the last crossing of the evening moves to half past ten. The operator says the change follows a survey of commuters."),
        ("Library extends weekend opening hours", "The central library will open on Sunday afternoons through the winter. Volunteers from the reading group will run a children's story hour in the main hall every second week."),
        ("New cycle lane opens along the river path", "The two-mile lane links the old mill to the station and is separated from traffic by a low kerb. Council engineers expect it to carry a thousand riders a day by spring."),
        ("Market hall roof repairs to finish early", "Builders say the new slate roof will be finished three weeks ahead of schedule. Traders who moved to the car park during the works can return before the holiday season."),
        ("School choir wins regional festival", "Forty pupils sang three pieces, one of them written by their music teacher. The judges praised the choir's timing and the confidence of its youngest soloists in the final round."),
        ("Allotment waiting list reopens", "Residents can again apply for a plot on the hillside allotments, where twenty new beds have been marked out. Priority goes to households without a garden of their own this year."),
    ];
    let cards: String = stories
        .iter()
        .enumerate()
        .map(|(i, (title, excerpt))| {
            format!(
                r#"<article class="river-article"><a href="/news/{i}" aria-hidden="true" tabindex="-1"><img src="/img/{i}.jpg" alt=""></a><header><h2><a href="/news/{i}">{title}</a></h2><p class="river-desc"><a href="/news/{i}" aria-hidden="true" tabindex="-1">{excerpt}</a></p><div class="river-aux"><a href="/staff/{i}">Staff reporter</a> <time>{i} days ago</time></div></header></article>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>Local news | Harbour Gazette</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><h1>Local news</h1><section class="col-main">{cards}</section>
<div class="carousel"><div class="slide slide--clone" aria-hidden="true" tabindex="-1"><p>Cloned slide: subscribe to the weekly print edition and get the first month free of charge, delivered to your door.</p></div></div>
</main>
<footer><ul><li><a href="/contact">Contact</a></li></ul></footer></body></html>"#
    );
    let got = text(&html);
    for (title, excerpt) in stories {
        assert!(got.contains(title), "the headline {title:?} is missing:\n{got}");
        assert!(got.contains(excerpt), "the excerpt {excerpt:?} is missing:\n{got}");
    }
    assert!(!got.contains("Cloned slide"), "the cloned slide leaked:\n{got}");
}

/// A thread page with a post header each: the poster's name, then the post's date
/// linking to the post. `declared` adds the page's `DiscussionForumPosting` type.
fn dated_thread(declared: bool) -> String {
    let ld = if declared {
        r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Seat post creaks in the cold"}</script>"#
    } else {
        ""
    };
    let dates = ["Mar 27, 2025", "Mar 28, 2025", "Apr 2, 2025"];
    let posts: String = SEAT_POST
        .iter()
        .zip(dates)
        .enumerate()
        .map(|(i, ((name, body), date))| {
            format!(
                r#"<article class="message message--post"><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user">
<div class="message-userDetails"><h4 class="message-name"><a href="/members/{name}">{name}</a></h4></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Messages</dt><dd>2,418</dd></dl></div>
</section></div>
<div class="message-cell message-cell--main"><header class="message-attribution"><ul><li><a href="/posts/{i}"><time datetime="2025-03-27">{date}</time></a></li></ul></header>
<div class="message-content"><article class="message-body"><div class="bbWrapper">{body}</div></article></div></div></div></article>"#
            )
        })
        .collect();
    thread_page("Seat post creaks in the cold", ld, &posts)
}

/// In a declared thread each post's date, a date alone that links to the post, is a
/// line of the thread: neither a dateline nor a link list, and the learned models do
/// not drop it. On a page that declares no thread the same lines stay cut.
#[test]
fn a_declared_threads_post_dates_stay_with_their_posts() {
    let got = text(&dated_thread(true));
    for (_, body) in SEAT_POST {
        assert!(got.contains(&body[..30]), "{body:?} is missing:\n{got}");
    }
    for date in ["Mar 28, 2025", "Apr 2, 2025"] {
        assert!(got.contains(date), "{date:?} is missing:\n{got}");
    }
    let undeclared = text(&dated_thread(false));
    assert!(undeclared.contains(&SEAT_POST[1].1[..30]), "{undeclared}");
    assert!(!undeclared.contains("Mar 28, 2025"), "a date line off a declared thread:\n{undeclared}");
}

/// Forum engines' own controls and badges on a line of their own: Invision's
/// "Author" badge on the topic starter's replies, XenForo's "Click to shrink..."
/// under an opened quote, phpBB's "Code: Select all" over a code box.
#[test]
fn forum_badges_and_quote_and_code_controls_leave_the_posts() {
    let quote = r#"<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-expandContent">Cleaned and greased it twice already.</div>
<div class="bbCodeBlock-shrinkLink"><a role="button">Click to shrink...</a></div></blockquote>"#;
    let code = r##"<div class="codebox"><p>Code: <a href="#">Select all</a></p><pre><code>torque = 5 Nm</code></pre></div>"##;
    let posts = [
        post("ridgeback", "Rider", "2,418", "Leeds", SEAT_POST[0].1),
        post("spokewise", "Rider", "11,902", "Bristol", &format!("{quote}{}", SEAT_POST[1].1)),
        post("ridgeback", "Rider", "2,418", "Leeds", &format!(r#"<div class="ipsBadge">Author</div><p>{}</p>{code}"#, SEAT_POST[2].1)),
    ];
    let got = text(&thread_page("Seat post creaks in the cold", "", &posts.concat()));
    for (_, body) in SEAT_POST {
        assert!(got.contains(&body[..30]), "{body:?} is missing:\n{got}");
    }
    assert!(got.contains("torque = 5 Nm"), "the code is missing:\n{got}");
    for cut in ["Author", "Click to shrink", "Select all"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// A list that a short sentence announces with a colon is the article's text: linked
/// items set in their own paragraphs (`<li><p><a>`) mid-article, and the plain items
/// of a closing list that only a short lead-in introduces. A two-word label ("See
/// also:") introduces nothing.
#[test]
fn lists_announced_by_a_short_lead_in_stay() {
    let prose = [
        "The release took most of the autumn, since the compiler's back end had to learn several new types before the standard library could build on the smaller boards we support.",
        "Most of that work went upstream first, which means waiting for reviews, but it also means the next major release of the toolchain will carry it without any extra patches from us.",
        "In the coming months the plan is to test the whole chain on real hardware, starting with the older boards, since they are the ones most people still have lying in a drawer.",
    ];
    let fixes = ["Allow casts between integers and pointers", "Fix volatile loads and stores", "Add support for packed structs"];
    let linked: String = fixes.iter().enumerate().map(|(n, f)| format!(r#"<li><p><a href="https://forge.example/pulls/{n}">{f}</a></p></li>"#)).collect();
    let html = format!(
        r#"<html lang="en"><head><title>Progress report</title></head><body>
<nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<div class="post"><h1>Progress report</h1><p>{}</p><p>Several fixes were sent for review:</p><ul>{linked}</ul><p>{}</p>
<p>See also:</p><ul><li><p><a href="/older">Older reports</a></p></li><li><p><a href="/talks">Talks and slides</a></p></li></ul>
<p>{}</p><p><strong>Key topics of the next report include:</strong></p>
<ul><li>Testing on older boards</li><li>Reporting failures</li><li>Cross builds</li></ul></div>
<footer><a href="/privacy">Privacy</a></footer></body></html>"#,
        prose[0], prose[1], prose[2]
    );
    let got = text(&html);
    for line in fixes.iter().chain(&["Key topics of the next report include:", "Testing on older boards", "Reporting failures", "Cross builds"]) {
        assert!(got.contains(line), "{line:?} was lost:\n{got}");
    }
    assert!(!got.contains("Older reports") && !got.contains("Talks and slides"), "{got}");
}

/// A services page whose offers are cards, each a linked title over a one-sentence
/// description wrapped in the same link: off a declared article the descriptions are
/// the page's text, not a link list.
#[test]
fn a_service_pages_linked_one_sentence_offers_stay() {
    let offers = [
        ("Bookkeeping", "Customised bookkeeping for small firms, handled each month by one accountant who knows your books and answers your questions the same day."),
        ("Payroll", "Payroll for teams of two to two hundred, with payslips, pension contributions and year-end filings prepared and checked before every deadline."),
        ("Tax returns", "Company and personal tax returns prepared from the records we already keep for you, so nothing has to be gathered twice at the end of the year."),
    ];
    let cards: String = offers
        .iter()
        .map(|(title, desc)| format!(r#"<div class="card"><a href="/services/{}"><h3>{title}</h3><div class="card-desc">{desc}</div></a></div>"#, title.len()))
        .collect();
    let body = format!(
        r#"<main><section><h1>Our services</h1>
<p>Ledgerline has kept the accounts of small firms in the valley since 1998, and every client works with the same accountant from the first month onwards.</p>
<div class="cards">{cards}</div></section></main>"#
    );
    offers_stay(&offers_page("Our services | Ledgerline", &body), &offers, None);
}

/// A page that is no article: an introduction in one section, and its offers as
/// cards (a linked title over a paragraph) in the next. The cards' prose counts when
/// the region grows, so the section beside the introduction joins it.
#[test]
fn off_an_article_a_section_of_cards_beside_the_introduction_joins_it() {
    let offers = [
        ("Garden design", "We draw a plan for the whole plot, from the terrace to the far hedge, and choose plants that suit the soil you have and the hours of sun each bed gets through the year."),
        ("Hedge and tree care", "Our arborists shape and reduce hedges and trees of every size, clear the cuttings the same day, and tell you which of your trees need attention before the winter storms."),
        ("Lawn renovation", "Tired lawns are scarified, aerated and overseeded in autumn, and we come back in spring to feed them and check that the new grass has taken where the old had thinned out."),
    ];
    let cards: String = offers
        .iter()
        .map(|(title, desc)| format!(r#"<div class="offer"><h3><a href="/offers/{}">{title}</a></h3><p>{desc}</p></div>"#, title.len()))
        .collect();
    let body = format!(
        r#"<main><section class="intro"><h1>Gardening services</h1>
<p>Greenacre has looked after gardens in the county for twenty years. Our team of six gardeners works all year round, in small private gardens and on the grounds of schools and offices.</p>
<p>Every job starts with a visit: we walk the garden with you, listen to what you want from it, and send a written quote within the week, with no charge for the visit itself.</p>
<p>We compost everything we cut, use no peat, and water from our own rain tanks wherever the site allows it, because a garden should not cost the landscape around it.</p></section>
<section class="offers"><h2>What we do</h2>{cards}</section></main>"#
    );
    offers_stay(&offers_page("Gardening services | Greenacre", &body), &offers, Some("Every job starts with a visit"));
}

/// A page that is no article: case studies with prose in one section, and the
/// services as a grid of cards, each card one link around its title, a sentence and
/// "find out more". The cards' links count as text when the region grows, so the
/// grid joins the case studies instead of leaving their common ancestor too
/// link-dense to climb to.
#[test]
fn off_an_article_a_grid_of_cards_each_one_link_joins_the_region() {
    let offers = [
        ("Audit", "Our external audits help clients understand their risks and strengthen the controls around their financial reporting, with one partner who stays with the engagement from planning to the signed opinion."),
        ("Tax planning", "Direct and indirect tax planning for firms that trade in several countries and want one team to answer for all of them, from the first filing to the last audit by the authorities."),
        ("Payroll", "Payroll for teams of two to two thousand, with payslips, pensions and year-end filings checked before every deadline, by a team that answers your questions the same working day."),
        ("Cyber security", "We test your systems the way an attacker would, then help your staff close the gaps we found before anyone else finds them, and we come back a quarter later to test again."),
        ("Strategy", "Board-level advice on growth, mergers and the markets worth entering next, grounded in the numbers of your own business and in what your customers keep telling your sales staff."),
        ("Data and analytics", "Dashboards and forecasts built on the data you already hold, so decisions rest on figures rather than on instinct alone, and your own people learn to build the next ones themselves."),
    ];
    let cards: String = offers
        .iter()
        .map(|(title, desc)| {
            format!(r#"<div class="col"><a class="tile" href="/services/{}"><h3>{title}</h3><div class="tile-text">{desc}</div><div class="tile-more">Find out more</div></a></div>"#, title.len())
        })
        .collect();
    let body = format!(
        r#"<div class="page"><div class="slider">
<div class="slide"><h2>A retailer rebuilds its supply chain</h2><p>When shipping costs doubled, a national retailer asked us to rethink how its goods reach the shelves. Together we closed two warehouses, opened one near the coast, and cut delivery times by a third within the year.</p></div>
<div class="slide"><h2>A hospital trust goes paperless</h2><p>A hospital trust with four sites moved its patient records to one system in eighteen months. Our team trained the staff ward by ward, and the trust now spends the hours it saved on its patients instead of its files.</p></div>
</div>
<div class="grid"><h2>Explore our services</h2>{cards}</div></div>"#
    );
    offers_stay(&offers_page("Our services | Northgate Partners", &body), &offers, Some("When shipping costs doubled"));
}

/// A services page of an English-speaking firm: `title`, a menu, `body`, a footer.
fn offers_page(title: &str, body: &str) -> String {
    format!(
        r#"<html lang="en"><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav>
{body}
<footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>"#
    )
}

/// Asserts that each offer's description (and the `intro` line, if any) is in the
/// page's text and its footer is not.
fn offers_stay(html: &str, offers: &[(&str, &str)], intro: Option<&str>) {
    let got = text(html);
    if let Some(intro) = intro {
        assert!(got.contains(intro), "{intro:?} is missing:\n{got}");
    }
    for (_, desc) in offers {
        assert!(got.contains(&desc[..40]), "{desc:?} is missing:\n{got}");
    }
    assert!(!got.contains("Privacy"), "the footer leaked:\n{got}");
}

/// A listing of news cards, each a linked headline, a tag link, an excerpt and a
/// byline: the models read each headline as a stray link and had dropped it while
/// keeping the excerpt under it. A linked heading over kept prose of its own card
/// stays; the bylines and the footer still go.
#[test]
fn a_cards_linked_headline_stays_over_its_kept_excerpt() {
    let stories = [
        ("Harbour racing sequel gets a spring release date", "Racing", "The studio behind the original harbour racer confirmed the sequel will launch in April, with a new night mode and twice as many boats."),
        ("Puzzle hit crosses ten million players", "Puzzle", "A tiny team's tile-sliding puzzle game has now been played by ten million people, its makers said, thanking players for a year of levels."),
        ("Classic platformer returns in a remastered edition", "Platformer", "The remaster keeps every original level but redraws the art by hand, and adds a rewind button for players who miss a tricky jump."),
        ("Strategy series adds a co-operative campaign", "Strategy", "Two players can now share one empire, splitting the armies and the trade routes between them, in a free update out next week."),
        ("Handheld console sales slow after the holidays", "Hardware", "Retailers report fewer handheld sales in January than a year ago, though the makers expect new games to lift demand in the summer."),
        ("Farming game's winter update brings ice fishing", "Simulation", "Players can cut holes in the frozen lake and fish through the winter months, and the village shop now sells warm coats for the season."),
    ];
    let cards: String = stories
        .iter()
        .enumerate()
        .map(|(i, (title, tag, excerpt))| {
            format!(
                r#"<div class="card"><div class="card-body"><h3 class="card-title"><a href="/news/{i}">{title}</a></h3><a class="card-tag" href="/tag/{i}">{tag}</a><p class="card-excerpt">{excerpt}</p><div class="card-byline"><a href="/author/{i}">By Staff Writer</a></div></div></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>Gaming news | Pixel Courier</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/reviews">Reviews</a></li></ul></nav></header>
<main><section class="listing"><h1>Gaming news</h1><p class="listing-desc">The latest video game news, previews and release dates for every console and PC.</p>
{cards}</section></main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul></footer></body></html>"#
    );
    let got = text(&html);
    for (title, _, excerpt) in stories {
        assert!(got.contains(title), "the headline {title:?} is missing:\n{got}");
        assert!(got.contains(excerpt), "the excerpt {excerpt:?} is missing:\n{got}");
    }
    assert!(!got.contains("By Staff Writer"), "a byline leaked:\n{got}");
    assert!(!got.contains("Privacy"), "the footer leaked:\n{got}");
}

/// A declared article by `author` on a site called `site`: the story, then a box
/// about the author whose text is `bio`.
fn authored_article(author: &str, site: &str, bio: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The last ferry pilots of the estuary | {site}</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"The last ferry pilots of the estuary","author":{{"@type":"Person","name":"{author}"}}}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/coast">Coast</a></nav>
<main><article>
<h1>The last ferry pilots of the estuary</h1>
<p>Every morning before six, two pilots walk down the slipway at the mouth of the estuary and check the tide boards by torchlight, as their predecessors have done for more than a century of crossings.</p>
<p>The crossing takes eleven minutes on a calm day and nearly half an hour in a spring gale, when the channel narrows between the sandbanks and the ferry has to be held against the current on its engines alone.</p>
<p>The council plans to replace the ferry with a bridge upstream within a decade, and the pilots, who learned the channel from their fathers, say the river will be quieter and poorer for it.</p>
<div class="author-box"><p>{bio}</p></div>
</article></main>
<footer><a href="/terms">Terms</a></footer></body></html>"#
    )
}

#[test]
fn a_biography_opening_with_the_declared_authors_name_leaves() {
    // No role word ("writer", "editor") to know it by: the name is the page's author.
    let bio = "Odile is a former harbour pilot and lifelong sailor who now covers the coast and its working boats, and lives above a chandlery.";
    let got = text(&authored_article("Odile Marchetti", "Harbour Weekly", bio));
    assert!(got.contains("The crossing takes eleven minutes"), "{got}");
    assert!(!got.contains("former harbour pilot"), "the author's biography leaked:\n{got}");
    // An author named as the site is the company, and its blog's lines about itself
    // are the story.
    let about = "Harbour Weekly Group is a cooperative of coastal papers that has reported on the estuary's boats, tides and towns since 1921.";
    let got = text(&authored_article("Harbour Weekly Group", "Harbour Weekly Group", about));
    assert!(got.contains("a cooperative of coastal papers"), "the company's own line was cut:\n{got}");
}

#[test]
fn a_tables_numbers_set_in_paragraphs_stay_beside_their_row() {
    // Generated markup (AsciiDoc) sets each cell's text in a paragraph of its own:
    // the numbers read like stray short lines, but the row's name beside them stays.
    let rows = [("Passed", "6676", "6774", "+98"), ("Failed", "47", "57", "+10"), ("Ignored", "212", "208", "-4")];
    let body: String = rows
        .iter()
        .map(|(name, last, this, delta)| {
            format!(r#"<tr><td class="tableblock"><p class="tableblock">{name}</p></td><td class="tableblock"><p class="tableblock">{last}</p></td><td class="tableblock"><p class="tableblock">{this}</p></td><td class="tableblock"><p class="tableblock">{delta}</p></td></tr>"#)
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>Progress report for November | Compiler notes</title></head><body>
<nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<main><article><h1>Progress report for November</h1>
<div class="paragraph"><p>This month most of the work went into the test suite: the backend now runs the whole of the language's own user-interface tests, and the numbers below compare them with last month's run on the same machine.</p></div>
<table class="tableblock"><thead><tr><th>Category</th><th>Last Month</th><th>This Month</th><th>Delta</th></tr></thead><tbody>{body}</tbody></table>
<div class="paragraph"><p>Most of the new failures come from a change in how inline assembly is lowered, which the next release will finish, and the ignored tests are those that need a target the backend does not build for yet.</p></div>
</article></main>
<footer><a href="/feed">Feed</a></footer></body></html>"#
    );
    let got = text(&html);
    for kept in ["Passed", "6676", "6774", "+98", "47", "57", "+10", "212", "208"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
}

#[test]
fn an_introduction_in_a_section_of_its_own_joins_the_story() {
    // A page builder sets the introduction and the body in sibling sections; the body
    // holds far more prose and wins the vote, and the introduction draws too few votes
    // to join it by its score.
    let intro = "<p>I have been building boats in my own shed for twenty years, and I still remember how little the first plans I bought told me about the wood itself, its moods, and the months it needs.</p>\
        <p>So this guide starts where those plans did not: with the timber yard, the moisture meter, and the long wait while the planks settle in a dry corner of the shed.</p>\
        <p>What follows is what I would tell a friend who asked me where to begin, in the order in which the work really happens, mistakes included.</p>\
        <p>None of it needs a large workshop, only patience, sharp tools, and a willingness to make the same joint twice when the first one does not close.</p>";
    let body: String = (1..=12)
        .map(|n| {
            format!(
                "<h2>Step {n}</h2><p>Step {n} of the build takes most of a weekend: the planks are marked from the pattern, cut a little wide on the band saw, and planed down to the line by hand, checking the bevel every hand's width along the edge.</p>\
                 <p>Before moving on, each piece is dry-fitted to its neighbours and numbered in pencil, because a plank that looks right on the bench can still spring when it is bent around the moulds.</p>"
            )
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>How to build a clinker dinghy | Shed Notes</title>
<meta property="og:type" content="article"></head><body>
<nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>
<main><article><h1>How to build a clinker dinghy</h1><div class="entry-content"><section class="intro">{intro}</section><section class="body">{body}</section></div></article></main>
<footer><a href="/about">About</a></footer></body></html>"#
    );
    let got = text(&html);
    assert!(got.contains("Step 12 of the build"), "{got}");
    assert!(got.contains("I have been building boats"), "the introduction was lost:\n{got}");
    assert!(got.contains("make the same joint twice"), "the introduction was lost:\n{got}");
}

/// A tag manager's `<noscript>` frame closed with `/>` (which closes nothing in HTML)
/// ends with its `<noscript>`: read as markup, its raw text had run over the page.
#[test]
fn a_frame_left_open_in_a_noscript_does_not_swallow_the_page() {
    let page = r#"<html lang="en"><head><title>Deploys | Harbor</title></head><body>
<noscript><iframe src="https://tags.example/ns.html?id=GTM-1" height="0" width="0" style="display:none" /></noscript>
<main><h1>Deploys without the waiting</h1>
<p>Connect a repository and every push is built, tested and rolled out to your servers in the order you choose, with the old version kept warm until the new one answers.</p>
<p>Previews come up for each pull request on their own address, so reviewers click through the change itself instead of reading about it in a description.</p></main>
<footer><a href="/terms">Terms</a></footer></body></html>"#;
    let got = text(page);
    assert!(got.contains("Connect a repository"), "the page is missing:\n{got}");
    assert!(got.contains("Previews come up"), "the page is missing:\n{got}");
}

/// An API reference lists members as a definition list: each term links to the
/// member's own page, and its description is text. The terms head their
/// descriptions and stay; a menu set as a definition list, links in its descriptions
/// too, does not.
#[test]
fn an_api_references_linked_terms_stay_with_their_descriptions() {
    let member = |name: &str, about: &str| format!(r#"<dt><a href="/api/Ferry/{name}"><code>Ferry.{name}</code></a></dt><dd><p>{about}</p></dd>"#);
    let members = [
        member("depart()", "Casts off and starts the crossing to the other bank."),
        member("moor()", "Ties the ferry up at the nearest free berth."),
        member("capacity", "The number of vehicles the deck holds when it is full."),
    ]
    .concat();
    let page = format!(
        r#"<html lang="en"><head><title>Ferry | River API</title></head><body>
<nav><dl><dt><a href="/guides">Guides</a></dt><dd><a href="/guides/start">Getting started</a></dd><dt><a href="/api">Reference</a></dt><dd><a href="/api/Ferry">Ferry</a></dd></dl></nav>
<main><article><h1>Ferry</h1>
<p>The Ferry interface describes one vessel of the river service: where it is, how much it carries, and the methods that move it from one bank to the other.</p>
<h2>Instance members</h2><dl>{members}</dl>
<p>A ferry that is moored keeps its place in the timetable, and the next call to depart() resumes the schedule from the crossing it missed.</p></article></main>
<aside><dl><dt><a href="/api/Barge">Barge</a></dt><dd><a href="/api/Barge/load">Barge.load()</a></dd></dl></aside></body></html>"#
    );
    let got = text(&page);
    for kept in ["Ferry.depart()", "Casts off", "Ferry.moor()", "Ferry.capacity", "The number of vehicles"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    for cut in ["Getting started", "Barge"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// A Webflow form's result messages are hidden by its style sheet until the form is
/// sent: the page does not say them.
#[test]
fn a_webflow_forms_result_messages_leave_the_page() {
    let page = r#"<html lang="en"><head><title>Kitchen refits | Oakline</title></head><body>
<main><h1>Kitchen refits</h1>
<p>We plan, build and fit kitchens in old houses, where no wall is straight and no floor is level, and we leave the room cleaner than we found it.</p>
<p>Every refit starts with a visit: we measure twice, talk through how you cook, and send a drawing and a fixed price within the week.</p>
<div class="w-form"><form><label>Email</label><input type="email"><input type="submit" value="Book a visit"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div>
<p>Most refits take three to five weeks from the first cut to the last coat of paint, and we keep one room of the house working throughout.</p></main>
</body></html>"#;
    let got = text(page);
    assert!(got.contains("Every refit starts") && got.contains("Most refits take"), "the page is missing:\n{got}");
    for cut in ["Thank you! Your submission", "Oops! Something went wrong"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// An FAQ's answers hidden by an attribute until their question is clicked: after a
/// heading that holds the button opening them, after the button that names them in
/// `aria-controls`, or after a `<details>` element's `<summary>`. What follows a
/// button that names something else stays hidden.
#[test]
fn an_faqs_answers_hidden_until_their_question_is_clicked_stay() {
    let page = r#"<html lang="en"><head><title>Boat hire | Riverside</title></head><body>
<div><button aria-controls="site-search">Search</button><div id="site-menu" hidden><p>Open the harbour timetable and every other page of the boatyard from here</p></div></div>
<main><h1>Boat hire</h1>
<p>Our boats are moored at the old lock, fuelled and cleaned before every hire, and each one comes with life jackets for the whole crew.</p>
<p>Hire by the hour or the day; a short lesson on the water before you set off is free, and so is the chart of the river's locks.</p>
<h2>Questions</h2>
<h3><button aria-expanded="false">Do I need a licence?</button></h3>
<div aria-hidden="true"><p>No licence is needed on this stretch of the river, but the skipper must be over eighteen and sober.</p></div>
<button aria-controls="answer-fuel">Is fuel included?</button>
<div id="answer-fuel" hidden><p>Fuel for the day is in the price, and a full tank lasts longer than any crew wants to steer.</p></div>
<details><summary>Can we bring the dog?</summary><div aria-hidden="true"><p>Dogs are welcome aboard on a lead, and we keep a spare life jacket for them at the office.</p></div></details>
</main></body></html>"#;
    let got = text(page);
    for kept in ["No licence is needed", "Fuel for the day", "Dogs are welcome aboard"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    assert!(!got.contains("harbour timetable"), "the menu leaked:\n{got}");
}

/// A shop's template that prints the product's custom fields raw: terms written as
/// program identifiers ("retail_price_tier1:") over their stored values. The field
/// names leave; the specification the page writes for readers stays.
#[test]
fn a_shops_raw_custom_field_names_leave_the_description() {
    let fields = ["short_description", "retail_price_tier1", "cat_thumb_Navy", "cat_thumb_Kelly Green", "section_btn_label", "quiz_text_colour"]
        .iter()
        .map(|name| format!(r#"<dt class="productView-info-name">{name}:</dt><dd class="productView-info-value">x</dd>"#))
        .collect::<String>();
    let html = format!(
        r#"<html lang="en"><head><title>Heavy Tee | Thread Co</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Product","name":"Heavy Tee"}}</script></head><body>
<nav><a href="/">Shop</a> <a href="/men">Men</a></nav>
<main><div class="productView"><h1 class="productView-title">Heavy Tee</h1>
<div class="productView-description"><p>The Heavy Tee is cut from a dense, mid weight cotton jersey, with a ribbed neck, side seams and double needle hems, so it keeps its shape wash after wash and wears in rather than out.</p>
<p>It comes in forty colours, and it takes screen printing, direct-to-garment printing and embroidery equally well, which is why print shops stock it by the carton.</p>
<dl class="specs"><dt>Fabric:</dt><dd>Mid weight, 100% combed cotton</dd><dt>Fit:</dt><dd>Regular</dd></dl></div>
<dl class="productView-info">{fields}</dl></div></main>
<footer><a href="/terms">Terms</a></footer></body></html>"#
    );
    let got = text(&html);
    for kept in ["The Heavy Tee is cut", "forty colours", "Fabric:", "100% combed cotton", "Regular"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    for cut in ["short_description", "retail_price_tier1", "cat_thumb_", "section_btn_label", "quiz_text_colour"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// A consent banner open as a modal dialog: its script sets `aria-hidden` on the rest
/// of the page, `<main>` included, so that screen readers stay in the dialog. The
/// page behind it is still the page.
#[test]
fn the_main_content_behind_an_open_modal_is_read() {
    let html = r#"<html lang="en"><head><title>Clutch kit for a delivery van | Parts Bay</title></head><body>
<div class="gh"><section class="page-notice gdpr-banner" role="dialog" aria-modal="true">
<p>We use cookies and other technologies that are essential to provide you our services. If you agree and click "Accept all", we will also allow personalised advertising.</p>
<button>Accept all</button></section></div>
<main aria-hidden="true"><div class="item">
<h1>Clutch kit for a delivery van, 2011 to 2014</h1>
<p>A complete clutch kit of pressure plate, driven plate and release bearing, new in its box, for the three-litre diesel delivery vans built between 2011 and 2014.</p>
<p>International shipment of items may be subject to customs processing and additional charges, which the buyer pays on delivery.</p>
</div></main>
<footer><a href="/help">Help</a></footer></body></html>"#;
    let got = text(html);
    for kept in ["A complete clutch kit", "International shipment"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    assert!(!got.contains("We use cookies"), "the banner leaked:\n{got}");
}

#[test]
fn a_topic_page_declared_an_article_keeps_its_linked_teasers() {
    let stories = [
        ("Tide gauges show the harbour rising faster", "Readings from six tide gauges along the coast show the sea rising twice as fast as it did in the nineteen-nineties. Engineers say the harbour walls will need raising within a decade."),
        ("A ferry line returns after forty years", "The crossing to the northern islands closed when the last boat was sold for scrap. A cooperative of islanders has now bought a ferry and plans four sailings a day from May."),
        ("Why the estuary birds came back", "Counts of wading birds on the estuary have doubled since the mudflats were left to flood. Volunteers who walk the shore every month explain what changed, and what did not."),
        ("Fishing quotas split the coastal towns", "Boats from the southern ports want the quota shared by catch history, those from the north by the number of crews. The council meets next week to settle the question."),
        ("The lighthouse keeper's logbooks go online", "Ninety years of weather notes, shipwrecks and visiting ships, written by hand in the lighthouse, have been scanned by the county archive. Anyone can now search them by date."),
        ("Storm season ends with record repairs", "Three storms in a month broke the sea wall in eleven places and flooded the promenade twice. Repairs cost more than the whole budget for the year, and more storms are forecast."),
    ];
    let cards: String = stories
        .iter()
        .enumerate()
        .map(|(i, (title, teaser))| {
            format!(
                r#"<article class="item"><figure><img src="/img/{i}.jpg" alt=""><figcaption>A photograph taken for this story on the coast, at low tide, in the early morning light, by one of our staff photographers. The full picture is in the story.</figcaption></figure><div class="item-info"><h2 class="title"><a href="/story/{i}">{title}</a></h2>
<p class="teaser"><a href="/story/{i}"><time datetime="2026-03-0{i}"><span class="date">March {i}, 2026 &bull; </span></time>{teaser}</a></p>
<ul class="audio-tools"><li><a href="/transcript/{i}">Transcript</a></li><li>{m}-Minute Listen</li></ul></div></article>"#,
                m = i + 3
            )
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>The Coast : Coastal Radio</title><meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/music">Music</a> <a href="/donate">Donate</a></nav></header>
<main><section id="main-section"><h1>The Coast</h1><div class="list-overflow">{cards}</div></section></main>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer></body></html>"#
    );
    let got = text(&html);
    for kept in ["A ferry line returns after forty years", "Readings from six tide gauges", "A cooperative of islanders", "Anyone can now search them by date"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    for cut in ["Privacy", "Donate"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// Controls and section labels that stand alone on a line: a shop card's "Compare"
/// checkbox, its "New arrival" and "Top rated" badges, and the "You might like" heading over other
/// stories. None is a line of the page's own text.
#[test]
fn lone_compare_boxes_badges_and_teaser_headings_leave_the_page() {
    let card = |name: &str, price: &str, blurb: &str| {
        format!(r#"<li class="product-card"><a href="/p/{name}"><h3>{name}</h3></a><p>{blurb}</p><span class="price">{price}</span><div class="badge">New arrival</div><div class="badge">Top rated</div><label><input type="checkbox"> Compare</label></li>"#)
    };
    let cards = [
        card("Alder Tent", "$249.00", "A two-person tent that pitches in four minutes and packs down to the size of a loaf."),
        card("Birch Tent", "$319.00", "Three people, two doors and a porch deep enough to cook under when it rains."),
        card("Cedar Tent", "$429.00", "A four-season dome whose poles stand up to the wind on an open ridge."),
        card("Dogwood Tent", "$189.00", "The lightest tent we sell, for one walker who counts every gram."),
        card("Elm Tent", "$559.00", "A family tent with two bedrooms and a living space tall enough to stand in."),
        card("Fir Tent", "$279.00", "A tunnel tent for bikepacking, with short poles that fit a handlebar bag."),
    ];
    let shop = format!(
        r#"<html lang="en"><head><title>Tents | Trailhead</title></head><body>
<main><h1>Tents</h1><p>Every tent we stock has been pitched by our staff in the rain before it reached the shelf, and each comes with a repair kit.</p>
<ul class="products">{}</ul></main></body></html>"#,
        cards.concat()
    );
    let got = text(&shop);
    assert!(got.contains("Birch Tent") && got.contains("pitches in four minutes"), "the shelf is missing:\n{got}");
    for cut in ["Compare", "New arrival", "Top rated"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
    let story = r#"<html lang="en"><head><title>Walking the ridge | Trail Notes</title></head><body><article><h1>Walking the ridge</h1>
<p>We set off before dawn, when the ridge was still in cloud and the path was only a line of wet stones under our boots.</p>
<p>By nine the cloud had burned off, and the whole valley opened below us, its river bright between the dark fields.</p>
<p>We came down by the old quarry track, slower than we had planned, and reached the pub just as the kitchen closed.</p>
<p>You might like</p>
<p><a href="/coast">Three days on the coast path</a></p></article></body></html>"#;
    let got = text(story);
    assert!(got.contains("reached the pub"), "the story is missing:\n{got}");
    assert!(!got.contains("You might like"), "the heading leaked:\n{got}");
}

/// A short affiliate notice and a feedback prompt under a story are chrome by their
/// words, whatever their markup.
#[test]
fn affiliate_notices_and_feedback_prompts_leave_the_story() {
    let page = r#"<html lang="en"><head><title>Choosing a stove | Camp Kitchen</title></head><body><article><h1>Choosing a stove</h1>
<p>This post contains affiliate links.</p>
<p>A canister stove boils a litre of water in about four minutes and weighs less than a mug, which is why most walkers carry one.</p>
<p>Liquid fuel stoves are heavier and fussier to light, but they burn in the cold, when a canister's gas barely flows at all.</p>
<p>For a week in the hills in spring, take the canister stove and one spare canister, and leave the pump and the bottle at home.</p>
<p>Was this page helpful?</p>
</article></body></html>"#;
    let got = text(page);
    assert!(got.contains("A canister stove boils") && got.contains("take the canister stove"), "the story is missing:\n{got}");
    for cut in ["affiliate links", "Was this page helpful"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// A "Recommended reading" heading set inside the story's container, after its last
/// paragraph, with one grid of other stories' cards closing the container: the
/// heading and its cards leave, the story stays.
#[test]
fn recommended_reading_cards_closing_the_story_leave_it() {
    let para = "The council voted on Tuesday to reopen the old ferry route across the estuary, after two years in which commuters drove the long way round the bay and the harbour shops lost most of their winter trade.";
    let cards = (1..=3)
        .map(|i| format!(r#"<div class="card"><img src="/i{i}.jpg" alt=""><h3>Another story number {i} about town</h3><p>A teaser for another story, the number {i} one, that runs on for a sentence or two about something else entirely.</p></div>"#))
        .collect::<String>();
    let html = format!(
        r#"<html lang="en"><head><title>Ferry returns | Bay Post</title><meta property="og:type" content="article"></head><body>
<main><article><h1>Ferry returns</h1><div class="body"><p>{para}</p><p>{para} The costs were met by the port.</p><p>{para}</p>
<h2>Recommended Reading</h2><div class="grid">{cards}</div></div></article></main></body></html>"#
    );
    let got = text(&html);
    assert!(got.contains("The costs were met by the port"), "the story is missing:\n{got}");
    for cut in ["Recommended Reading", "Another story number", "A teaser for another story"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
}

/// A "Latest news" or "Related content" heading under a declared article, after its
/// prose, opens other stories' cards: heading and cards leave.
#[test]
fn a_latest_news_feed_under_an_article_leaves_it() {
    let para = "The council voted on Tuesday to reopen the old ferry route across the estuary, after two years in which commuters drove the long way round the bay and the harbour shops lost most of their winter trade.";
    let cards = (1..=3)
        .map(|i| format!(r#"<div class="card"><img src="/i{i}.jpg" alt=""><h3>Another story number {i} about town</h3><p>A teaser for another story, the number {i} one, that runs on for a sentence or two about something else entirely.</p></div>"#))
        .collect::<String>();
    for heading in ["Latest News", "Related content"] {
        let got = text(&format!(
            r#"<html lang="en"><head><title>Ferry returns | Bay Post</title><meta property="og:type" content="article"></head><body>
<main><article><h1>Ferry returns</h1><div class="body"><p>{para}</p><p>{para} The costs were met by the port.</p><p>{para}</p></div>
<section><h2>{heading}</h2><div class="grid">{cards}</div></section></article></main></body></html>"#
        ));
        assert!(got.contains("The costs were met by the port"), "the story is missing:\n{got}");
        for cut in [heading, "Another story number", "A teaser for another story"] {
            assert!(!got.contains(cut), "{cut:?} leaked under {heading:?}:\n{got}");
        }
    }
}
