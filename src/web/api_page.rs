//! `GET /api`: the API reference for people, rendered by the app from the
//! same OpenAPI document that `/api/v1/openapi.json` serves (no scripts, no
//! assets from elsewhere). The page's own words come from the catalogues
//! (`locales/*/api.ftl`); the operations' summaries and schemas come from
//! the code and stay English, as developer reference.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde_json::Value;

use crate::web::error::{AppError, PageError};
use crate::web::pages::{PageCtx, html};

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/api", web::get().to(page));
}

/// One group of operations (an OpenAPI tag).
struct Section {
    tag: String,
    description: String,
    operations: Vec<Operation>,
}

/// One method on one path.
struct Operation {
    anchor: String,
    method: String,
    path: String,
    summary: String,
    description: String,
    public: bool,
    parameters: Vec<Parameter>,
    request: Option<Content>,
    responses: Vec<Answer>,
}

/// A path or query parameter.
struct Parameter {
    name: String,
    location: String,
    required: bool,
    kind: String,
    description: String,
}

/// A body: its media type and schema.
struct Content {
    media: String,
    schema: SchemaLabel,
}

/// A schema as a reader sees it: a name to follow, or a plain type.
struct SchemaLabel {
    text: String,
    anchor: Option<String>,
}

/// One possible answer.
struct Answer {
    status: String,
    description: String,
    contents: Vec<Content>,
}

/// A named schema of the document, field by field.
struct Schema {
    name: String,
    anchor: String,
    description: String,
    fields: Vec<Field>,
}

/// One field of a named schema.
struct Field {
    name: String,
    kind: SchemaLabel,
    required: bool,
    description: String,
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage {
    ctx: PageCtx,
    sections: Vec<Section>,
    schemas: Vec<Schema>,
}

async fn page(ctx: PageCtx) -> Result<HttpResponse, PageError> {
    let doc = serde_json::to_value(crate::web::api_docs::document())
        .map_err(|e| AppError::Internal(e.into()))?;
    let (sections, schemas) = read(&doc);
    html(
        StatusCode::OK,
        &ApiPage {
            ctx,
            sections,
            schemas,
        },
    )
}

/// A description cut at its backticks: (is code, text) runs, so the page
/// shows `identifiers` as code, as the doc comments wrote them.
pub fn spans(text: &str) -> Vec<(bool, &str)> {
    text.split('`')
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(k, t)| (k % 2 == 1, t))
        .collect()
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The sections (in the document's tag order) and the named schemas.
fn read(doc: &Value) -> (Vec<Section>, Vec<Schema>) {
    let mut sections: Vec<Section> = doc
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| Section {
            tag: text(t, "name"),
            description: text(t, "description"),
            operations: Vec::new(),
        })
        .collect();
    let empty = serde_json::Map::new();
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    for (path, item) in paths {
        for method in ["get", "post", "put", "patch", "delete"] {
            let Some(op) = item.get(method) else { continue };
            let tag = op
                .get("tags")
                .and_then(|t| t.get(0))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let operation = operation(doc, method, path, op);
            match sections.iter_mut().find(|s| s.tag == tag) {
                Some(s) => s.operations.push(operation),
                None => sections.push(Section {
                    tag,
                    description: String::new(),
                    operations: vec![operation],
                }),
            }
        }
    }
    sections.retain(|s| !s.operations.is_empty());
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap_or(&empty)
        .iter()
        .map(|(name, s)| schema(name, s))
        .collect();
    (sections, schemas)
}

fn operation(doc: &Value, method: &str, path: &str, op: &Value) -> Operation {
    let parameters = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| Parameter {
            name: text(p, "name"),
            location: text(p, "in"),
            required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
            kind: label(p.get("schema").unwrap_or(&Value::Null)).text,
            description: text(p, "description"),
        })
        .collect();
    let responses = op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(status, r)| {
            // The shared error answer is a reference to one component.
            let r = match r.get("$ref").and_then(Value::as_str) {
                Some(name) => doc
                    .pointer(&format!(
                        "/components/responses/{}",
                        name.rsplit('/').next().unwrap_or(name)
                    ))
                    .unwrap_or(r),
                None => r,
            };
            let (description, contents) = (text(r, "description"), contents(r));
            Answer {
                status: status.clone(),
                description,
                contents,
            }
        })
        .collect();
    // Public operations say so with an empty requirement (`security: [{}]`).
    let public = op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|s| {
            s.iter()
                .any(|r| r.as_object().is_some_and(|o| o.is_empty()))
        });
    let anchor = format!(
        "op-{method}-{}",
        path.trim_start_matches('/')
            .replace(['{', '}'], "")
            .replace(['/', '.'], "-")
    );
    Operation {
        anchor,
        method: method.to_uppercase(),
        path: path.to_owned(),
        summary: text(op, "summary"),
        description: text(op, "description"),
        public,
        parameters,
        request: op
            .get("requestBody")
            .map(contents)
            .and_then(|c| c.into_iter().next()),
        responses,
    }
}

/// The media types of a request body or response.
fn contents(v: &Value) -> Vec<Content> {
    v.get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(media, c)| Content {
            media: media.clone(),
            schema: label(c.get("schema").unwrap_or(&Value::Null)),
        })
        .collect()
}

fn named(name: &str) -> SchemaLabel {
    SchemaLabel {
        text: name.to_owned(),
        anchor: Some(format!("schema-{name}")),
    }
}

/// A short label for a schema: a component's name (linked), `array of …`,
/// `map of …`, or its JSON type(s).
fn label(s: &Value) -> SchemaLabel {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return named(r.rsplit('/').next().unwrap_or(r));
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = s.get(key).and_then(Value::as_array) {
            let parts: Vec<SchemaLabel> = list.iter().map(label).collect();
            let anchor = parts.iter().find_map(|p| p.anchor.clone());
            let text = parts
                .into_iter()
                .map(|p| p.text)
                .collect::<Vec<_>>()
                .join(" | ");
            return SchemaLabel { text, anchor };
        }
    }
    let types: Vec<String> = match s.get("type") {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    };
    let inner = |key: &str| s.get(key).filter(|v| v.is_object()).map(label);
    let text = types
        .iter()
        .map(
            |t| match (t.as_str(), inner("items"), inner("additionalProperties")) {
                ("array", Some(i), _) => format!("array of {}", i.text),
                ("object", _, Some(i)) => format!("map of {}", i.text),
                _ => t.clone(),
            },
        )
        .collect::<Vec<_>>()
        .join(" | ");
    let anchor = inner("items")
        .or_else(|| inner("additionalProperties"))
        .and_then(|l| l.anchor);
    SchemaLabel {
        text: if text.is_empty() {
            "any".to_owned()
        } else {
            text
        },
        anchor,
    }
}

fn schema(name: &str, s: &Value) -> Schema {
    let required: Vec<&str> = s
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    // `allOf` (a flattened struct): the fields of every part.
    let parts: Vec<&Value> = match s.get("allOf").and_then(Value::as_array) {
        Some(list) => list.iter().collect(),
        None => vec![s],
    };
    let fields = parts
        .iter()
        .flat_map(|p| {
            let req: Vec<&str> = p
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            p.get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(move |(field, f)| Field {
                    name: field.clone(),
                    kind: label(f),
                    required: req.contains(&field.as_str()),
                    description: text(f, "description"),
                })
                .collect::<Vec<_>>()
        })
        .map(|mut f| {
            f.required |= required.contains(&f.name.as_str());
            f
        })
        .collect();
    Schema {
        name: name.to_owned(),
        anchor: format!("schema-{name}"),
        description: text(s, "description"),
        fields,
    }
}
