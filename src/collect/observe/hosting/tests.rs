use super::*;
use crate::collect::source::MemoryTree;
use crate::sourcemap::SourceMap;

fn observed(files: &[(&str, &str)]) -> (Hosting, SourceMap) {
    let tree = MemoryTree::new(files.iter().map(|(p, t)| (*p, *t)));
    let mut sources = SourceMap::default();
    let mut reader = Reader::new(&tree, &mut sources);
    let hosting = observe(&mut reader);
    assert!(reader.into_unread().is_empty());
    (hosting, sources)
}

fn line_of(sources: &SourceMap, pointer: &str) -> (String, usize) {
    let Some(at) = sources.locate(pointer) else {
        panic!("{pointer} is located")
    };
    (at.file.path.clone(), at.file.line_col(at.span.start).0)
}

fn summary(h: &Hosting) -> Vec<(String, &'static str, Option<String>)> {
    h.regions
        .iter()
        .map(|r| (r.region.clone(), r.holds, r.alias.clone()))
        .collect()
}

const EDGE: &str = r#"provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}

resource "aws_acm_certificate" "cdn" {
  provider    = aws.edge
  domain_name = "portal.example.nhs.uk"
}

resource "aws_s3_bucket" "records" {
  bucket = "records"
}
"#;

#[test]
fn an_edge_provider_is_told_from_the_data_region() {
    let (h, sources) = observed(&[
        ("infra/main.tf", EDGE),
        (
            "infra/variables.tf",
            "variable \"region\" {\n  default = \"eu-west-2\"\n}\n",
        ),
    ]);
    assert_eq!(
        summary(&h),
        [
            ("eu-west-2".into(), "data", None),
            ("us-east-1".into(), "edge", Some("edge".into()))
        ]
    );
    assert!(h.regions[1].edge_only);
    assert_eq!(
        h.regions[1].uses,
        ["provider aws.edge", "aws_acm_certificate.cdn"]
    );
    assert_eq!(h.regions[0].via, "variable default");
    // The value where it is written; the use where the provider takes it.
    assert_eq!(
        line_of(&sources, "/observed/hosting/regions/0"),
        ("infra/variables.tf".into(), 2)
    );
    assert_eq!(
        line_of(&sources, "/observed/hosting/regions/0/used_in"),
        ("infra/main.tf".into(), 2)
    );
    assert_eq!(
        line_of(&sources, "/observed/hosting/regions/1"),
        ("infra/main.tf".into(), 7)
    );
}

#[test]
fn an_aliased_provider_that_stores_data_is_hosting() {
    let main = EDGE.replace(
        "bucket = \"records\"",
        "provider = aws.edge\n  bucket = \"records\"",
    );
    let (h, _) = observed(&[
        ("main.tf", &main),
        (
            "variables.tf",
            "variable \"region\" {\n  default = \"eu-west-2\"\n}\n",
        ),
    ]);
    assert_eq!(h.regions[1].holds, "data");
    assert_eq!(
        h.regions[1].uses,
        ["provider aws.edge", "aws_s3_bucket.records"]
    );
}

#[test]
fn an_aliased_provider_passed_to_a_module_is_judged_by_the_module() {
    let root = r#"provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
module "dns" {
  source    = "../modules/dnssec"
  providers = { aws = aws.use1 }
}
module "shared" {
  source    = "git::https://example.com/kms.git"
  providers = { aws.other = aws.use1 }
}
"#;
    let dnssec = "resource \"aws_kms_key\" \"ksk\" {\n  key_usage = \"SIGN_VERIFY\"\n}\nresource \"aws_route53_key_signing_key\" \"k\" {}\n";
    let (h, _) = observed(&[("live/main.tf", root), ("modules/dnssec/main.tf", dnssec)]);
    assert_eq!(h.regions[0].holds, "unseen");
    assert_eq!(h.regions[0].unseen, ["module.shared"]);
    let local_only = root
        .replace("module \"shared\"", "module \"unused\"")
        .replace("aws.other = aws.use1", "aws.other = aws.else");
    let (h, _) = observed(&[
        ("live/main.tf", &local_only),
        ("modules/dnssec/main.tf", dnssec),
    ]);
    assert_eq!(h.regions[0].holds, "edge");
    let data = dnssec.replace("\"SIGN_VERIFY\"", "\"ENCRYPT_DECRYPT\"");
    let (h, _) = observed(&[
        ("live/main.tf", &local_only),
        ("modules/dnssec/main.tf", &data),
    ]);
    assert_eq!(h.regions[0].holds, "data");
}

#[test]
fn azure_locations_come_from_resources_and_display_names_are_normalised() {
    let (h, sources) = observed(&[
        (
            "terraform/storage.tf",
            "resource \"azurerm_storage_account\" \"a\" {\n  location = var.region\n}\nresource \"azurerm_storage_account\" \"b\" {\n  location = var.region\n}\nresource \"azurerm_cdn_frontdoor_profile\" \"fd\" {\n  location = \"Global\"\n}\n",
        ),
        (
            "terraform/variables.tf",
            "variable \"region\" {\n  type    = string\n  default = \"UK South\"\n}\n",
        ),
        (
            "terraform/provider.tf",
            "provider \"azurerm\" {\n  features {}\n}\n",
        ),
    ]);
    assert_eq!(h.regions.len(), 1, "{h:?}");
    let r = &h.regions[0];
    assert_eq!(
        (r.region.as_str(), r.written.as_str(), r.provider.as_str()),
        ("uksouth", "UK South", "azurerm")
    );
    assert_eq!(
        r.uses,
        ["azurerm_storage_account.a", "azurerm_storage_account.b"]
    );
    assert!(h.unresolved.is_empty());
    assert_eq!(line_of(&sources, "/observed/hosting/regions/0").1, 3);
}

#[test]
fn each_tfvars_value_and_a_resource_location_reference_are_read() {
    let (h, _) = observed(&[
        (
            "main.tf",
            "resource \"azurerm_resource_group\" \"rg\" {\n  location = var.location\n}\nresource \"azurerm_key_vault\" \"kv\" {\n  location = azurerm_resource_group.rg.location\n}\nvariable \"location\" {}\n",
        ),
        ("env/dev.tfvars", "location = \"uksouth\"\n"),
        ("env/dr.tfvars", "location = \"ukwest\"\n"),
    ]);
    let regions: Vec<(&str, &str)> = h
        .regions
        .iter()
        .map(|r| (r.region.as_str(), r.file.as_str()))
        .collect();
    assert_eq!(
        regions,
        [("uksouth", "env/dev.tfvars"), ("ukwest", "env/dr.tfvars")]
    );
    assert_eq!(
        h.regions[0].uses,
        ["azurerm_resource_group.rg", "azurerm_key_vault.kv"]
    );
}

#[test]
fn what_the_code_does_not_give_is_unresolved_at_its_place() {
    let (h, sources) = observed(&[
        (
            "components/api/provider.tf",
            "provider \"aws\" {\n  region = var.region\n}\n",
        ),
        (
            "components/api/variables.tf",
            "variable \"region\" {\n  type = string\n}\n",
        ),
        ("other/main.tf", "provider \"google\" {}\n"),
    ]);
    assert!(h.regions.is_empty());
    assert_eq!(h.unresolved.len(), 2);
    assert_eq!(h.unresolved[0].expression, "var.region");
    assert!(h.unresolved[0].why.contains("given when Terraform runs"));
    assert_eq!(
        line_of(&sources, "/observed/hosting/unresolved/0"),
        ("components/api/provider.tf".into(), 2)
    );
    assert_eq!(h.unresolved[1].provider, "google");
    assert_eq!(h.unresolved[1].expression, "provider \"google\"");
}

#[test]
fn a_repository_without_terraform_has_no_hosting() {
    let (h, _) = observed(&[("README.md", "# x\n")]);
    assert!(h.regions.is_empty() && h.unresolved.is_empty());
}
