//! JSON through the browser's own `JSON.parse` and `JSON.stringify` with serde-wasm-bindgen,
//! which keeps serde_json's parser and printer out of the wasm bundle.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// `value` as JSON text.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).map_err(|e| e.to_string())?;
    js_sys::JSON::stringify(&js)
        .map(String::from)
        .map_err(|_| "the value could not be written as JSON".to_string())
}

/// JSON text read into `T`; the error says what was wrong, in words for the user.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let js = js_sys::JSON::parse(text).map_err(|_| "it is not valid JSON".to_string())?;
    serde_wasm_bindgen::from_value(js).map_err(|e| e.to_string())
}
