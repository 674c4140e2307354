//! Rendering DOT to SVG or PNG with Graphviz's `dot` program.

use graphviz_rust::cmd::{CommandArg, Format};

use crate::error::Error;

/// A rendered format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenderFormat {
    Svg,
    Png,
}

impl RenderFormat {
    pub fn extension(self) -> &'static str {
        match self {
            RenderFormat::Svg => "svg",
            RenderFormat::Png => "png",
        }
    }
}

/// Renders DOT text with Graphviz. Fails with a message naming the package
/// to install when `dot` is not on the PATH.
pub fn render(dot: &str, format: RenderFormat) -> Result<Vec<u8>, Error> {
    let f = match format {
        RenderFormat::Svg => Format::Svg,
        // Pango/Cairo PNG: shapes Arabic and lays it out right to left.
        RenderFormat::Png => Format::Png,
    };
    let mut args: Vec<CommandArg> = vec![f.into()];
    if format == RenderFormat::Png {
        args.push(CommandArg::Custom("-Gdpi=110".to_string()));
    }
    graphviz_rust::exec_dot(dot.to_string(), args).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::Render("Graphviz's `dot` program was not found: install the `graphviz` package (Debian/Ubuntu: apt-get install graphviz fonts-noto-core; macOS: brew install graphviz), or export --format dot".to_string())
        } else {
            Error::Render(format!("Graphviz failed to render the diagram: {}", e.to_string().trim()))
        }
    })
}
