//! `napi-host inspect`: what an addon imports and exports, and what napi-host supports.

use crate::imports::SUPPORTED;
use std::fmt;
use wasmtime::{ExternType, Module};

/// One import or export of a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Import module (empty for exports).
    pub module: String,
    /// Name.
    pub name: String,
    /// Kind and signature, e.g. `func(i32, i32) -> i32`.
    pub ty: String,
}

/// What `inspect` learned about an addon.
#[derive(Clone, Debug)]
pub struct AddonReport {
    /// Every import.
    pub imports: Vec<Item>,
    /// Every export.
    pub exports: Vec<Item>,
    /// Imports napi-host does not provide, as `(module, name)`.
    pub missing: Vec<(String, String)>,
    /// The Node-API version from `node_api_module_get_api_version_v1` (`None` when the
    /// module does not export it or could not be instantiated).
    pub api_version: Option<u32>,
}

fn describe(ty: &ExternType) -> String {
    match ty {
        ExternType::Func(f) => {
            let params: Vec<String> = f.params().map(|p| p.to_string()).collect();
            let results: Vec<String> = f.results().map(|r| r.to_string()).collect();
            match results.as_slice() {
                [] => format!("func({})", params.join(", ")),
                [one] => format!("func({}) -> {one}", params.join(", ")),
                many => format!("func({}) -> ({})", params.join(", "), many.join(", ")),
            }
        }
        ExternType::Memory(m) => format!("memory (min {} pages)", m.minimum()),
        ExternType::Table(t) => format!("table (min {})", t.minimum()),
        ExternType::Global(_) => "global".to_owned(),
        ExternType::Tag(_) => "tag".to_owned(),
    }
}

impl AddonReport {
    pub(crate) fn new(
        module: &Module,
        missing: Vec<(String, String)>,
        api_version: Option<u32>,
    ) -> Self {
        AddonReport {
            imports: module
                .imports()
                .map(|i| Item {
                    module: i.module().to_owned(),
                    name: i.name().to_owned(),
                    ty: describe(&i.ty()),
                })
                .collect(),
            exports: module
                .exports()
                .map(|e| Item {
                    module: String::new(),
                    name: e.name().to_owned(),
                    ty: describe(&e.ty()),
                })
                .collect(),
            missing,
            api_version,
        }
    }
}

impl fmt::Display for AddonReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.api_version {
            Some(version) if version == i32::MAX as u32 => {
                writeln!(f, "Node-API version: experimental")?
            }
            Some(version) => writeln!(f, "Node-API version: {version}")?,
            None => writeln!(
                f,
                "Node-API version: unknown (default {})",
                crate::abi::DEFAULT_MODULE_API_VERSION
            )?,
        }
        writeln!(f, "imports ({}):", self.imports.len())?;
        for item in &self.imports {
            let mark = if self
                .missing
                .iter()
                .any(|(m, n)| *m == item.module && *n == item.name)
            {
                "  MISSING"
            } else {
                ""
            };
            writeln!(f, "  {}::{}: {}{mark}", item.module, item.name, item.ty)?;
        }
        writeln!(f, "exports ({}):", self.exports.len())?;
        for item in &self.exports {
            writeln!(f, "  {}: {}", item.name, item.ty)?;
        }
        if self.missing.is_empty() {
            writeln!(f, "napi-host provides every import")
        } else {
            writeln!(f, "napi-host lacks {} import(s)", self.missing.len())
        }
    }
}

/// Inspects the addon at `path` (see [`AddonReport`]).
///
/// # Errors
/// The file cannot be read or is not a valid module.
pub fn inspect_addon(path: &std::path::Path) -> Result<AddonReport, crate::LoadError> {
    let loader = crate::addon::Loader::new(&crate::RuntimeConfig::default()).map_err(|e| {
        crate::LoadError::Compile {
            path: path.to_owned(),
            message: format!("{e:#}"),
        }
    })?;
    loader.inspect(path)
}

/// The supported Node-API functions grouped by the version that introduced them, one
/// line each (`napi-host inspect --api`).
pub fn supported_api() -> String {
    let mut versions: Vec<u32> = SUPPORTED.iter().map(|f| f.version).collect();
    versions.sort_unstable();
    versions.dedup();
    let mut out = String::new();
    for version in versions {
        let names: Vec<&str> = SUPPORTED
            .iter()
            .filter(|f| f.version == version)
            .map(|f| f.name)
            .collect();
        let label = if version == i32::MAX as u32 {
            "experimental".to_owned()
        } else {
            format!("Node-API {version}")
        };
        out.push_str(&format!("{label} ({} functions):\n", names.len()));
        for name in names {
            out.push_str(&format!("  {name}\n"));
        }
    }
    out.push_str(&format!("total: {} functions\n", SUPPORTED.len()));
    out
}
