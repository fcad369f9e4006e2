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
    let html = format!(
        r#"<html lang="en"><head><title>Derailleur skipping after a new chain | Chainstay</title></head><body>
<nav><a href="/">Forums</a> <a href="/new">New posts</a></nav>
<main><h1>Derailleur skipping after a new chain</h1><div class="block-body">{}</div></main>
<footer><a href="/terms">Terms</a></footer></body></html>"#,
        posts.concat()
    );
    let got = text(&html);
    for kept in ["I fitted a new chain", "That is a worn cassette", "Update: a new cassette"] {
        assert!(got.contains(kept), "{kept:?} is missing:\n{got}");
    }
    for cut in ["Well-known rider", "Frame builder", "2,418", "11,902", "Harrogate", "Bristol"] {
        assert!(!got.contains(cut), "{cut:?} leaked:\n{got}");
    }
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
