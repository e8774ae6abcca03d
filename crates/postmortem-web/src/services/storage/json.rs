//! JSON through the browser's own `JSON.parse` and `JSON.stringify`, with records read and
//! written field by field. No serde here: serde-wasm-bindgen's generic code cost more of the
//! page's size than these few functions, and reading by hand lets each message name the field
//! that is wrong.

use wasm_bindgen::JsValue;

/// Parses JSON text.
pub fn parse(text: &str) -> Result<JsValue, String> {
    js_sys::JSON::parse(text).map_err(|_| "it is not valid JSON".to_string())
}

/// Writes a value as JSON text.
pub fn stringify(value: &JsValue) -> Result<String, String> {
    js_sys::JSON::stringify(value)
        .map(String::from)
        .map_err(|_| "the value could not be written as JSON".to_string())
}

/// A new plain object.
pub fn object() -> js_sys::Object {
    js_sys::Object::new()
}

/// Sets `key` on `object`.
pub fn set(object: &js_sys::Object, key: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value.into());
}

/// `Some(text)`, or null for `None`.
pub fn optional(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

/// A required field holding an object.
pub fn object_field(object: &JsValue, key: &str) -> Result<JsValue, String> {
    let value = field(object, key)?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(format!("\"{key}\" is missing or not an object"))
    }
}

fn field(object: &JsValue, key: &str) -> Result<JsValue, String> {
    if !object.is_object() {
        return Err("an entry is not an object".into());
    }
    js_sys::Reflect::get(object, &JsValue::from_str(key))
        .map_err(|_| format!("\"{key}\" cannot be read"))
}

/// A required text field.
pub fn string(object: &JsValue, key: &str) -> Result<String, String> {
    field(object, key)?
        .as_string()
        .ok_or_else(|| format!("\"{key}\" is missing or not text"))
}

/// An optional text field: absent or null is `None`.
pub fn optional_string(object: &JsValue, key: &str) -> Result<Option<String>, String> {
    let value = field(object, key)?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| format!("\"{key}\" is not text"))
}

/// A required whole number, 0 to 2^53.
pub fn number(object: &JsValue, key: &str) -> Result<u64, String> {
    optional_number(object, key)?.ok_or_else(|| format!("\"{key}\" is missing"))
}

/// An optional whole number: absent or null is `None`.
pub fn optional_number(object: &JsValue, key: &str) -> Result<Option<u64>, String> {
    let value = field(object, key)?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_992.0 => {
            Ok(Some(n as u64))
        }
        _ => Err(format!("\"{key}\" is not a whole number")),
    }
}

/// The items of an array field; absent is empty.
pub fn items(object: &JsValue, key: &str) -> Result<Vec<JsValue>, String> {
    let value = field(object, key)?;
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if !js_sys::Array::is_array(&value) {
        return Err(format!("\"{key}\" is not a list"));
    }
    Ok(js_sys::Array::from(&value).iter().collect())
}

/// A list of texts (the drafts index); `None` when it is anything else.
pub fn strings(value: &JsValue) -> Option<Vec<String>> {
    if !js_sys::Array::is_array(value) {
        return None;
    }
    js_sys::Array::from(value)
        .iter()
        .map(|v| v.as_string())
        .collect()
}

/// A list of texts as a JS array.
pub fn string_array(texts: &[String]) -> JsValue {
    texts
        .iter()
        .map(|t| JsValue::from_str(t))
        .collect::<js_sys::Array>()
        .into()
}
