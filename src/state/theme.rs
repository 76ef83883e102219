use super::storage;
use crate::names;
use leptos::prelude::*;

/// The colour theme: the system's, or one the reader picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the footer offers them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Anything unknown in storage means the system's theme. The boot script reads it with the
    /// same rule (public/reader.js, pinned by tests/cases/reader.json).
    pub fn parse(stored: &str) -> Theme {
        match stored {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The stored form, also the value of `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The footer's name for it.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Auto",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The reader's theme, remembered between visits. `data-theme` on `<html>` has one owner, the
/// boot script (public/boot.js), which applies the stored theme before the first paint and
/// again whenever a setting is written (`storage::write` tells it) or changes in another tab.
#[derive(Clone, Copy)]
pub struct ThemeSetting(RwSignal<Theme>);

impl ThemeSetting {
    /// Reads the stored theme and follows changes from other tabs.
    pub fn provide() {
        let theme = RwSignal::new(stored());
        storage::on_change(move || {
            if theme.get_untracked() != stored() {
                theme.set(stored());
            }
        });
        provide_context(ThemeSetting(theme));
    }

    /// The theme in use.
    pub fn get(&self) -> Theme {
        self.0.get()
    }

    /// Applies and remembers `theme`.
    pub fn set(&self, theme: Theme) {
        self.0.set(theme);
        storage::write(names::THEME_KEY, theme.as_str());
    }
}

/// The reader's theme.
pub fn use_theme() -> ThemeSetting {
    expect_context::<ThemeSetting>()
}

fn stored() -> Theme {
    storage::read(names::THEME_KEY).map_or(Theme::System, |s| Theme::parse(&s))
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn a_stored_theme_round_trips_and_garbage_means_system() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), theme);
        }
        assert_eq!(Theme::parse("purple"), Theme::System);
        assert_eq!(Theme::parse(""), Theme::System);
    }
}
