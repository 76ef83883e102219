//! Serde over a value the browser's `JSON.parse` made, so the app needs no JSON parser of its
//! own: each type asks for what it expects and gets it straight from the JavaScript value.
//!
//! Its error also words what it found itself instead of through serde's `Unexpected`, whose
//! wording formats floating-point numbers in Rust and pulls that machinery into the wasm.

use serde::de::{self, DeserializeSeed, Expected, IntoDeserializer, Unexpected, Visitor};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Reads `T` from a parsed JSON value.
pub fn from_value<T: de::DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(Value(value))
}

/// What does not fit, in words; for a struct's absent field, its number among the struct's
/// fields too, until `deserialize_struct` names it.
#[derive(Debug)]
pub struct Error(String, Option<usize>);

impl Error {
    fn new(message: String) -> Self {
        Error(message, None)
    }

    /// Names the absent field an error from `deserialize_struct` counts.
    fn naming(self, fields: &[&str]) -> Self {
        match self.1 {
            Some(at) => Error::new(format!("missing field `{}`", fields.get(at).unwrap_or(&"?"))),
            None => self,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::new(message.to_string())
    }

    fn invalid_type(found: Unexpected, expected: &dyn Expected) -> Self {
        Error::new(format!("found {}, expected {expected}", words(found)))
    }

    fn invalid_value(found: Unexpected, expected: &dyn Expected) -> Self {
        Self::invalid_type(found, expected)
    }

    /// A struct (read as a list, see `deserialize_struct`) whose field number `at` is absent;
    /// `deserialize_struct` names it.
    fn invalid_length(at: usize, _expected: &dyn Expected) -> Self {
        Error(String::new(), Some(at))
    }
}

fn words(found: Unexpected) -> String {
    match found {
        Unexpected::Str(text) => format!("the text \"{text}\""),
        Unexpected::Unsigned(n) => format!("the number {n}"),
        Unexpected::Signed(n) => format!("the number {n}"),
        // In JavaScript's words, which the browser has anyway.
        Unexpected::Float(n) => {
            let number = js_sys::Number::from(n).to_string_with_radix(10).map(String::from);
            format!("the number {}", number.unwrap_or_default())
        }
        Unexpected::Bool(b) => format!("{b}"),
        Unexpected::Unit => "null".to_owned(),
        Unexpected::Seq => "a list".to_owned(),
        Unexpected::Map => "an object".to_owned(),
        Unexpected::Other(what) => what.to_owned(),
        _ => "another kind of value".to_owned(),
    }
}

struct Value(JsValue);

impl Value {
    /// Not generic, so there is one copy of it rather than one per type read. It names the kind
    /// of value only: the native checks of the same file at build time say more.
    fn wrong(&self, expected: &dyn Expected) -> Error {
        let found = if self.0.is_string() {
            Unexpected::Other("text")
        } else if let Some(n) = self.0.as_f64() {
            Unexpected::Float(n)
        } else if let Some(b) = self.0.as_bool() {
            Unexpected::Bool(b)
        } else if js_sys::Array::is_array(&self.0) {
            Unexpected::Seq
        } else if self.0.is_object() {
            Unexpected::Map
        } else {
            Unexpected::Unit
        };
        de::Error::invalid_type(found, expected)
    }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Error;

    /// For a value that may be of more than one kind (a reveal point: a word or a number).
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_string() {
            self.deserialize_string(visitor)
        } else if self.0.as_f64().is_some() {
            self.deserialize_u64(visitor)
        } else {
            Err(self.wrong(&visitor))
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(text) => visitor.visit_string(text),
            None => Err(self.wrong(&visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    /// Every whole number in the data is one of these; serde checks the range of the smaller.
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => {
                visitor.visit_u64(n as u64)
            }
            _ => Err(self.wrong(&visitor)),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => Err(self.wrong(&visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if js_sys::Array::is_array(&self.0) {
            visitor.visit_seq(Items { items: self.0.unchecked_into(), at: 0 })
        } else {
            Err(self.wrong(&visitor))
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_object() && !js_sys::Array::is_array(&self.0) {
            let object: js_sys::Object = self.0.unchecked_into();
            visitor.visit_map(Fields { keys: js_sys::Object::keys(&object), object, at: 0 })
        } else {
            Err(self.wrong(&visitor))
        }
    }

    /// A struct is read as the list of its declared fields, in order, as a compact binary
    /// format would be: serde's derived code for that is a fraction of the size of its code
    /// for matching field names, and it is the largest part of the app's data code.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match Declared::of(&self.0, fields) {
            Ok(declared) => visitor.visit_seq(declared).map_err(|error| error.naming(fields)),
            Err(Some(unknown)) => Err(unknown),
            Err(None) => Err(self.wrong(&visitor)),
        }
    }

    /// The data's enums are words ("premise", "main-trio").
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(word) => visitor.visit_enum(word.into_deserializer()),
            None => Err(self.wrong(&visitor)),
        }
    }

    /// A value a type skips, whatever it is.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u128 f32 f64 char bytes byte_buf unit unit_struct newtype_struct tuple
        tuple_struct
    }
}

/// An array's items, in order.
struct Items {
    items: js_sys::Array,
    at: u32,
}

impl<'de> de::SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.at >= self.items.length() {
            return Ok(None);
        }
        self.at += 1;
        seed.deserialize(Value(self.items.get(self.at - 1))).map(Some)
    }
}

/// A struct's fields, in the order its type declares them.
struct Declared {
    values: std::vec::IntoIter<JsValue>,
}

impl Declared {
    /// The object's fields, or no object (`None`), or an object with a field its type does not
    /// declare: every struct in the data refuses those (`deny_unknown_fields`), as the native
    /// checks do. Not generic, like everything here that can be: one copy, not one per type.
    fn of(value: &JsValue, fields: &'static [&'static str]) -> Result<Self, Option<Error>> {
        if !value.is_object() || js_sys::Array::is_array(value) {
            return Err(None);
        }
        let unknown = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>())
            .iter()
            .filter_map(|key| key.as_string())
            .find(|key| !fields.contains(&key.as_str()));
        if let Some(key) = unknown {
            return Err(Some(Error::new(format!("unknown field `{key}`"))));
        }
        let field = |name: &&str| js_sys::Reflect::get(value, &JsValue::from_str(name));
        let values: Vec<JsValue> =
            fields.iter().map(|name| field(name).unwrap_or(JsValue::UNDEFINED)).collect();
        Ok(Declared { values: values.into_iter() })
    }
}

impl<'de> de::SeqAccess<'de> for Declared {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(value) = self.values.next() else {
            return Ok(None);
        };
        if !value.is_undefined() {
            return seed.deserialize(Value(value)).map(Some);
        }
        // An absent field is `None` to an `Option`; to anything else it is no element, which
        // serde's code fills with the field's default or reports as missing.
        Ok(seed.deserialize(Value(value)).ok())
    }
}

/// An object's fields, every one of them, so that a type refusing unknown fields sees them.
struct Fields {
    object: js_sys::Object,
    keys: js_sys::Array,
    at: u32,
}

impl<'de> de::MapAccess<'de> for Fields {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if self.at >= self.keys.length() {
            return Ok(None);
        }
        seed.deserialize(Value(self.keys.get(self.at))).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let key = self.keys.get(self.at);
        self.at += 1;
        seed.deserialize(Value(js_sys::Reflect::get(&self.object, &key).unwrap_or(JsValue::UNDEFINED)))
    }
}
