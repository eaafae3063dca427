//! Container image references (`node:18.3.0-alpine3.14`,
//! `mcr.microsoft.com/dotnet/aspnet:8.0`): the product a repository names
//! and the release its tag names, and the base a tag says it is built on
//! (`alpine3.14`, `bookworm`, `jammy`), which is a component too. A
//! reference with no tag (a digest alone) or a tag that is no release
//! (`latest`, `lts`) pins nothing.

use std::ops::Range;

use super::pins::numeric;
use super::range::parse_numbers;
use super::{How, Pin};

/// Image repositories (registry `docker.io` and namespace `library/`
/// left out), and the product each is.
const IMAGES: &[(&str, &str)] = &[
    ("node", "nodejs"),
    ("circleci/node", "nodejs"),
    ("cimg/node", "nodejs"),
    ("bitnami/node", "nodejs"),
    ("public.ecr.aws/lambda/nodejs", "nodejs"),
    ("python", "python"),
    ("circleci/python", "python"),
    ("cimg/python", "python"),
    ("bitnami/python", "python"),
    ("public.ecr.aws/lambda/python", "python"),
    ("ruby", "ruby"),
    ("cimg/ruby", "ruby"),
    ("bitnami/ruby", "ruby"),
    ("public.ecr.aws/lambda/ruby", "ruby"),
    ("golang", "go"),
    ("cimg/go", "go"),
    ("bitnami/golang", "go"),
    ("php", "php"),
    ("bitnami/php-fpm", "php"),
    ("mcr.microsoft.com/dotnet/sdk", "dotnet"),
    ("mcr.microsoft.com/dotnet/aspnet", "dotnet"),
    ("mcr.microsoft.com/dotnet/runtime", "dotnet"),
    ("mcr.microsoft.com/dotnet/runtime-deps", "dotnet"),
    ("mcr.microsoft.com/dotnet/core/sdk", "dotnet"),
    ("mcr.microsoft.com/dotnet/core/aspnet", "dotnet"),
    ("mcr.microsoft.com/dotnet/core/runtime", "dotnet"),
    ("public.ecr.aws/lambda/dotnet", "dotnet"),
    ("eclipse-temurin", "eclipse-temurin"),
    ("amazoncorretto", "amazon-corretto"),
    (
        "public.ecr.aws/amazoncorretto/amazoncorretto",
        "amazon-corretto",
    ),
    ("azul/zulu-openjdk", "azul-zulu"),
    ("azul/zulu-openjdk-alpine", "azul-zulu"),
    ("azul/zulu-openjdk-debian", "azul-zulu"),
    ("bellsoft/liberica-openjdk-alpine", "bellsoft-liberica"),
    ("bellsoft/liberica-openjdk-debian", "bellsoft-liberica"),
    ("bellsoft/liberica-openjre-alpine", "bellsoft-liberica"),
    ("bellsoft/liberica-openjre-debian", "bellsoft-liberica"),
    (
        "mcr.microsoft.com/openjdk/jdk",
        "microsoft-build-of-openjdk",
    ),
    ("openjdk", "openjdk-builds-from-oracle"),
    ("gradle", "gradle"),
    ("maven", "apache-maven"),
    ("denoland/deno", "deno"),
    ("oven/bun", "bun"),
    ("rust", "rust"),
    ("elixir", "elixir"),
    ("erlang", "erlang"),
    ("perl", "perl"),
    ("hashicorp/terraform", "terraform"),
    ("ghcr.io/opentofu/opentofu", "opentofu"),
    ("alpine", "alpine-linux"),
    ("debian", "debian"),
    ("ubuntu", "ubuntu"),
    ("amazonlinux", "amazon-linux"),
    ("public.ecr.aws/amazonlinux/amazonlinux", "amazon-linux"),
    ("centos", "centos"),
    ("quay.io/centos/centos", "centos"),
    ("rockylinux", "rocky-linux"),
    ("rockylinux/rockylinux", "rocky-linux"),
    ("almalinux", "almalinux"),
    ("fedora", "fedora"),
    ("oraclelinux", "oracle-linux"),
    ("nginx", "nginx"),
    ("nginxinc/nginx-unprivileged", "nginx"),
    ("bitnami/nginx", "nginx"),
    ("httpd", "apache-http-server"),
    ("tomcat", "tomcat"),
    ("haproxy", "haproxy"),
    ("traefik", "traefik"),
    ("postgres", "postgresql"),
    ("bitnami/postgresql", "postgresql"),
    ("mysql", "mysql"),
    ("bitnami/mysql", "mysql"),
    ("mariadb", "mariadb"),
    ("mongo", "mongodb"),
    ("bitnami/mongodb", "mongodb"),
    ("redis", "redis"),
    ("bitnami/redis", "redis"),
    ("valkey/valkey", "valkey"),
    ("memcached", "memcached"),
    ("rabbitmq", "rabbitmq"),
    ("elasticsearch", "elasticsearch"),
    (
        "docker.elastic.co/elasticsearch/elasticsearch",
        "elasticsearch",
    ),
];

/// Registry prefixes that mean Docker Hub's official images.
const HUB: &[&str] = &[
    "docker.io/library/",
    "index.docker.io/library/",
    "registry-1.docker.io/library/",
    "public.ecr.aws/docker/library/",
    "docker.io/",
    "index.docker.io/",
    "library/",
];

/// Debian's release codenames, as image tags use them.
const DEBIAN: &[(&str, &str)] = &[
    ("jessie", "8"),
    ("stretch", "9"),
    ("buster", "10"),
    ("bullseye", "11"),
    ("bookworm", "12"),
    ("trixie", "13"),
];

/// Ubuntu's release codenames.
const UBUNTU: &[(&str, &str)] = &[
    ("trusty", "14.04"),
    ("xenial", "16.04"),
    ("bionic", "18.04"),
    ("focal", "20.04"),
    ("jammy", "22.04"),
    ("noble", "24.04"),
    ("oracular", "24.10"),
    ("plucky", "25.04"),
    ("questing", "25.10"),
];

/// Every product this file can name, for the test that the data has them.
#[cfg(test)]
pub fn products() -> std::collections::BTreeSet<&'static str> {
    IMAGES
        .iter()
        .chain(super::docker::ARG_PRODUCTS)
        .map(|(_, p)| *p)
        .chain(["alpine-linux", "debian", "ubuntu", "amazon-linux"])
        .collect()
}

/// Text put together from pieces of a file (a `FROM` line with an `ARG`'s
/// default in it), keeping where each byte came from.
#[derive(Debug, Default)]
pub struct Located {
    /// The text.
    pub text: String,
    at: Vec<usize>,
}

impl Located {
    pub fn push(&mut self, piece: &str, start: usize) {
        self.text.push_str(piece);
        self.at.extend(start..start + piece.len());
    }

    /// Where bytes `range` of the text came from.
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        match (
            self.at.get(range.start),
            range.end.checked_sub(1).and_then(|e| self.at.get(e)),
        ) {
            (Some(&start), Some(&last)) if last >= start => start..last + 1,
            (Some(&start), _) => start..start + range.len(),
            _ => 0..0,
        }
    }
}

/// The components an image reference names.
pub fn image(reference: &Located, source: &'static str) -> Vec<Pin> {
    let text = reference.text.as_str();
    // The digest pins the bytes, not a release: without a tag it says none.
    let named = text.split('@').next().unwrap_or(text);
    let slash = named.rfind('/').map_or(0, |s| s + 1);
    let Some(colon) = named[slash..].find(':').map(|c| slash + c) else {
        return Vec::new();
    };
    let repository = named[..colon].to_ascii_lowercase();
    let tag = &named[colon + 1..];
    let tag_at = colon + 1;
    let repository = HUB
        .iter()
        .find_map(|prefix| repository.strip_prefix(prefix))
        .unwrap_or(&repository);
    let product = IMAGES
        .iter()
        .find(|(name, _)| *name == repository)
        .map(|(_, p)| *p);

    let mut pins = Vec::new();
    let mut pin = |product: &'static str, range: Range<usize>, how: How| {
        pins.push(Pin {
            product,
            version: text[range.clone()].to_string(),
            span: reference.span(range),
            source,
            how,
        });
    };
    // The rest of the tag after the release: the base it is built on.
    let mut rest_at = tag_at;
    match product {
        Some(os @ ("debian" | "ubuntu")) => {
            let first = tag.split('-').next().unwrap_or("");
            let names = if os == "debian" { DEBIAN } else { UBUNTU };
            if let Some((_, cycle)) = names.iter().find(|(n, _)| *n == first) {
                pin(
                    os,
                    tag_at..tag_at + first.len(),
                    How::Cycle((*cycle).to_string()),
                );
                return pins;
            }
            if numeric(tag) {
                let (_, used) = parse_numbers(tag);
                pin(os, tag_at..tag_at + used, How::Version);
            }
            return pins;
        }
        Some(product) if numeric(tag) => {
            let v = usize::from(tag.starts_with(['v', 'V']));
            let (_, used) = parse_numbers(&tag[v..]);
            pin(product, tag_at..tag_at + v + used, How::Version);
            rest_at = tag_at + v + used;
        }
        _ => {}
    }
    if product == Some("alpine-linux") {
        return pins;
    }
    let mut offset = rest_at;
    for token in text[rest_at..named.len()].split(['-', '_']) {
        let here = offset;
        offset += token.len() + 1;
        if let Some(version) = token.strip_prefix("alpine")
            && numeric(version)
        {
            let (_, used) = parse_numbers(version);
            let start = here + "alpine".len();
            pin("alpine-linux", start..start + used, How::Version);
        } else if let Some((_, cycle)) = DEBIAN.iter().find(|(n, _)| *n == token) {
            pin(
                "debian",
                here..here + token.len(),
                How::Cycle((*cycle).to_string()),
            );
        } else if let Some((_, cycle)) = UBUNTU.iter().find(|(n, _)| *n == token) {
            pin(
                "ubuntu",
                here..here + token.len(),
                How::Cycle((*cycle).to_string()),
            );
        } else if token == "al2023" || token == "al2" {
            pin("amazon-linux", here + 2..here + token.len(), How::Version);
        }
    }
    pins
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(reference: &str) -> Vec<(&'static str, String, String)> {
        let mut located = Located::default();
        located.push(reference, 0);
        image(&located, "dockerfile")
            .iter()
            .map(|p| {
                assert_eq!(&reference[p.span.clone()], p.version, "span of {p:?}");
                let how = match &p.how {
                    How::Cycle(c) => format!("cycle {c}"),
                    How::Version => "version".into(),
                    How::Range => "range".into(),
                };
                (p.product, p.version.clone(), how)
            })
            .collect()
    }

    fn v(product: &'static str, version: &str) -> (&'static str, String, String) {
        (product, version.to_string(), "version".to_string())
    }

    fn c(product: &'static str, name: &str, cycle: &str) -> (&'static str, String, String) {
        (product, name.to_string(), format!("cycle {cycle}"))
    }

    #[test]
    fn runtime_images_and_the_alpine_they_name() {
        assert_eq!(
            names("node:18-alpine"),
            vec![v("nodejs", "18")],
            "alpine without a version names no release"
        );
        assert_eq!(
            names("node:18.3.0-alpine3.14"),
            vec![v("nodejs", "18.3.0"), v("alpine-linux", "3.14")]
        );
        assert_eq!(names("python:3.11-slim"), vec![v("python", "3.11")]);
        assert_eq!(
            names("mcr.microsoft.com/dotnet/aspnet:8.0"),
            vec![v("dotnet", "8.0")]
        );
        assert_eq!(
            names("eclipse-temurin:17-jre"),
            vec![v("eclipse-temurin", "17")]
        );
        assert_eq!(
            names("docker.io/library/postgres:16"),
            vec![v("postgresql", "16")]
        );
        assert_eq!(
            names("mcr.microsoft.com/dotnet/sdk:10.0.302-alpine3.23@sha256:d8ee"),
            vec![v("dotnet", "10.0.302"), v("alpine-linux", "3.23")]
        );
        assert_eq!(
            names("amazoncorretto:21-al2023"),
            vec![v("amazon-corretto", "21"), v("amazon-linux", "2023")]
        );
    }

    #[test]
    fn operating_system_images_and_codenames() {
        assert_eq!(names("alpine:3.14"), vec![v("alpine-linux", "3.14")]);
        assert_eq!(
            names("debian:bullseye-slim"),
            vec![c("debian", "bullseye", "11")]
        );
        assert_eq!(names("debian:12.5"), vec![v("debian", "12.5")]);
        assert_eq!(names("ubuntu:22.04"), vec![v("ubuntu", "22.04")]);
        assert_eq!(
            names("eclipse-temurin:21-jre-jammy"),
            vec![v("eclipse-temurin", "21"), c("ubuntu", "jammy", "22.04")]
        );
        assert_eq!(
            names("mcr.microsoft.com/devcontainers/jekyll:2-bullseye"),
            vec![c("debian", "bullseye", "11")]
        );
    }

    #[test]
    fn references_that_name_no_release() {
        for reference in [
            "node@sha256:abcdef",
            "python:latest",
            "node",
            "node:lts-alpine",
            "mcr.microsoft.com/devcontainers/base:ubuntu",
            "localhost:5000/app",
        ] {
            assert!(names(reference).is_empty(), "{reference}");
        }
    }
}
