//! Rebuilds when a Fluent catalogue changes: `src/i18n` embeds `locales/`
//! with `include_dir!`, which cargo does not otherwise watch.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
}
