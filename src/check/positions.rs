//! Where each value of a JSON text stands, by JSON Pointer, so that a problem found in the parsed
//! data (by a schema or a cross-reference check) can name its line and column.

use std::collections::HashMap;

/// Line and column (both from 1; columns count characters) of every value in one text. A
/// member of an object is placed at its key, which is where an editor looks for it.
pub struct Positions(HashMap<String, (usize, usize)>);

impl Positions {
    /// Scans a text that has already parsed as JSON.
    pub fn of(text: &str) -> Positions {
        let mut scan = Scan { chars: text.chars().peekable(), line: 1, column: 1, found: HashMap::new() };
        scan.value(String::new(), None);
        Positions(scan.found)
    }

    /// The place of `pointer`, or of the nearest value that holds it (a missing member is
    /// reported at its object).
    pub fn find(&self, pointer: &str) -> (usize, usize) {
        let mut pointer = pointer;
        loop {
            if let Some(&place) = self.0.get(pointer) {
                return place;
            }
            match pointer.rfind('/') {
                Some(cut) => pointer = &pointer[..cut],
                None => return (1, 1),
            }
        }
    }
}

struct Scan<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    column: usize,
    found: HashMap<String, (usize, usize)>,
}

impl Scan<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            (self.line, self.column) = (self.line + 1, 1);
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn skip_space(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.bump();
        }
    }

    fn value(&mut self, pointer: String, key_place: Option<(usize, usize)>) {
        self.skip_space();
        let place = key_place.unwrap_or((self.line, self.column));
        match self.chars.peek() {
            Some('{') => {
                self.found.insert(pointer.clone(), place);
                self.bump();
                while let Some(c) = self.next_item('}') {
                    if c == '"' {
                        let at = (self.line, self.column);
                        let key = self.string().replace('~', "~0").replace('/', "~1");
                        self.skip_space();
                        self.bump(); // the colon
                        self.value(format!("{pointer}/{key}"), Some(at));
                    } else {
                        self.bump();
                    }
                }
            }
            Some('[') => {
                self.found.insert(pointer.clone(), place);
                self.bump();
                let mut index = 0;
                while self.next_item(']').is_some() {
                    self.value(format!("{pointer}/{index}"), None);
                    index += 1;
                }
            }
            Some('"') => {
                self.found.insert(pointer, place);
                self.string();
            }
            _ => {
                self.found.insert(pointer, place);
                while self.chars.peek().is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace()) {
                    self.bump();
                }
            }
        }
    }

    /// Moves to the next member or item of a container, past commas; `None` at its end.
    fn next_item(&mut self, close: char) -> Option<char> {
        loop {
            self.skip_space();
            match *self.chars.peek()? {
                ',' => {
                    self.bump();
                }
                c if c == close => {
                    self.bump();
                    return None;
                }
                c => return Some(c),
            }
        }
    }

    /// Reads a string literal (at its opening quote) and returns its content.
    fn string(&mut self) -> String {
        self.bump();
        let mut content = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => match self.bump() {
                    Some('u') => {
                        let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                        content.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                    }
                    Some('n') => content.push('\n'),
                    Some('t') => content.push('\t'),
                    Some(other) => content.push(other),
                    None => break,
                },
                c => content.push(c),
            }
        }
        content
    }
}

#[cfg(test)]
mod tests {
    use super::Positions;

    #[test]
    fn members_are_placed_at_their_keys_and_items_at_their_values() {
        let text = "{\n  \"entries\": [\n    {\"slug\": \"a\\\"b\", \"tags\": [1, \"x\"]},\n    {\"a/b\": null}\n  ]\n}";
        let places = Positions::of(text);
        assert_eq!(places.find(""), (1, 1));
        assert_eq!(places.find("/entries"), (2, 3));
        assert_eq!(places.find("/entries/0"), (3, 5));
        assert_eq!(places.find("/entries/0/slug"), (3, 6));
        assert_eq!(places.find("/entries/0/tags"), (3, 22));
        assert_eq!(places.find("/entries/0/tags/1"), (3, 34));
        assert_eq!(places.find("/entries/1/a~1b"), (4, 6));
        assert_eq!(places.find("/entries/1/missing"), (4, 5), "a missing member: its object");
        assert_eq!(places.find("/nothing/here"), (1, 1));
    }

    #[test]
    fn columns_count_characters() {
        let places = Positions::of("{\"é\": \"Iñaki\", \"b\": 2}");
        assert_eq!(places.find("/b"), (1, 16));
    }
}
