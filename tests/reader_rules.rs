//! The Rust side of the reader's rules against the cases that pin the JavaScript side too
//! (tests/cases/reader.json, run by tests/js/reader.test.mjs against public/reader.js): a rule
//! changed on one side only fails here or there, in seconds, without a browser.

use imperfects_wiki::model::{Progress, Setting, EPISODE_COUNT};
use imperfects_wiki::names;
use imperfects_wiki::state::{new_since, SpoilerChoice, Theme};
use serde_json::Value;

fn cases() -> Value {
    let text = include_str!("cases/reader.json");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("tests/cases/reader.json: {e}"))
}

/// The rows of `table`, which must have some.
fn rows(cases: &Value, table: &str) -> Vec<Vec<Value>> {
    let rows: Vec<Vec<Value>> = cases[table]
        .as_array()
        .unwrap_or_else(|| panic!("{table}: no cases"))
        .iter()
        .map(|row| row.as_array().cloned().unwrap_or_else(|| panic!("{table}: a row is not a list")))
        .collect();
    assert!(!rows.is_empty(), "{table} has no cases");
    rows
}

fn level(value: &Value) -> Option<Progress> {
    value.as_u64().map(|n| Progress::up_to(u8::try_from(n).unwrap_or(u8::MAX)))
}

/// A choice as the cases write it, `[watched, before_twists]`, by the stored form.
fn choice(value: &Value) -> Option<SpoilerChoice> {
    let pair = value.as_array()?;
    let [start, middle, end] = names::STORED_CHOICE;
    SpoilerChoice::parse(&format!("{start}{}{middle}{}{end}", pair[0], pair[1]))
}

#[test]
fn the_cases_use_the_names_the_app_defines() {
    let names = &cases()["names"];
    assert_eq!(names["storedChoice"], serde_json::json!(names::STORED_CHOICE));
    assert_eq!(names["episodes"], EPISODE_COUNT);
    assert_eq!(names["strictSuffix"], names::STRICT_SUFFIX);
}

#[test]
fn the_stored_choice() {
    for row in rows(&cases(), "parseChoice") {
        let stored = row[0].as_str().unwrap_or_default();
        let parsed = SpoilerChoice::parse(stored);
        assert_eq!(parsed, choice(&row[1]), "{stored}");
        if let Some(parsed) = parsed {
            assert_eq!(parsed.to_stored(), stored);
        }
    }
}

#[test]
fn the_twist_switch() {
    for row in rows(&cases(), "withTwists") {
        let (from, on, to) = (choice(&row[0]), row[1].as_bool(), choice(&row[2]));
        let switched = from.zip(on).map(|(from, on)| from.with_twists(on));
        assert!(switched.is_some() && switched == to, "{row:?}");
    }
}

#[test]
fn the_name_of_a_setting() {
    let cases = cases();
    for row in rows(&cases, "settingKey") {
        let setting = Setting { progress: level(&row[0]).unwrap_or_default(), strict: row[1] == true };
        assert_eq!(setting.key(), row[2].as_str().unwrap_or_default(), "{row:?}");
    }
    // Read back: exactly the keys of the settings there are.
    for row in rows(&cases, "parseSettingKey") {
        let key = row[0].as_str().unwrap_or_default();
        let found = Setting::all().find(|setting| setting.key() == key);
        let expected = row[1].as_array().map(|pair| (level(&pair[0]), pair[1] == true));
        let found = found.map(|setting| (Some(setting.progress), setting.collapses()));
        assert_eq!(found, expected, "{key}");
    }
}

#[test]
fn the_stored_theme() {
    for row in rows(&cases(), "parseTheme") {
        let stored = row[0].as_str().unwrap_or_default();
        let theme = Theme::parse(stored);
        let expected = row[1].as_str();
        assert_eq!((theme != Theme::System).then(|| theme.as_str()), expected, "{stored:?}");
    }
}

#[test]
fn what_is_new() {
    let cases = cases();
    for row in rows(&cases, "afterMove") {
        let to = level(&row[2]).unwrap_or_default();
        assert_eq!(new_since::after_move(level(&row[0]), level(&row[1]), to), level(&row[3]), "{row:?}");
    }
    for row in rows(&cases, "parseNewSince") {
        let stored = row[0].as_str().unwrap_or_default();
        assert_eq!(new_since::parse(stored), level(&row[1]), "{stored}");
    }
}
