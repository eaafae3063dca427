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

/// Each region with how it was reached, and each unresolved reason.
fn reached(h: &Hosting) -> (Vec<(String, &'static str)>, Vec<String>) {
    (
        h.regions
            .iter()
            .map(|r| (r.region.clone(), r.via))
            .collect(),
        h.unresolved.iter().map(|u| u.why.clone()).collect(),
    )
}

#[test]
fn for_each_over_a_set_in_a_variable_gives_each_value() {
    let (h, sources) = observed(&[(
        "main.tf",
        "variable \"regions\" {\n  default = [\"uksouth\", \"ukwest\"]\n}\nresource \"azurerm_storage_account\" \"s\" {\n  for_each = toset(var.regions)\n  location = each.value\n}\n",
    )]);
    assert_eq!(
        reached(&h),
        (
            vec![
                ("uksouth".into(), "variable default"),
                ("ukwest".into(), "variable default")
            ],
            vec![]
        )
    );
    assert_eq!(
        line_of(&sources, "/observed/hosting/regions/1"),
        ("main.tf".into(), 2)
    );
}

#[test]
fn for_each_over_a_map_gives_keys_and_attributes_of_values() {
    let (h, _) = observed(&[(
        "main.tf",
        "locals {\n  envs = {\n    prod = { location = \"UK South\" }\n    dr   = { location = \"UK West\" }\n  }\n}\nresource \"azurerm_resource_group\" \"g\" {\n  for_each = local.envs\n  location = each.value.location\n}\nresource \"aws_s3_bucket\" \"b\" {\n  for_each = { \"eu-west-2\" = \"primary\" }\n  region   = each.key\n}\n",
    )]);
    assert_eq!(
        reached(&h),
        (
            vec![
                ("uksouth".into(), "local"),
                ("ukwest".into(), "local"),
                ("eu-west-2".into(), "literal")
            ],
            vec![]
        )
    );
}

#[test]
fn providers_and_module_calls_with_for_each_are_followed() {
    let (h, _) = observed(&[
        (
            "root/main.tf",
            "provider \"aws\" {\n  alias    = \"by_region\"\n  for_each = toset([\"eu-west-2\", \"eu-west-1\"])\n  region   = each.key\n}\nmodule \"app\" {\n  source   = \"../app\"\n  for_each = var.sites\n  where    = each.value\n}\nvariable \"sites\" {\n  default = { a = \"europe-west2\" }\n}\n",
        ),
        (
            "app/main.tf",
            "resource \"google_storage_bucket\" \"b\" {\n  location = var.where\n}\nvariable \"where\" {}\n",
        ),
    ]);
    let (regions, unresolved) = reached(&h);
    assert!(unresolved.is_empty(), "{unresolved:?}");
    let mut names: Vec<String> = regions.into_iter().map(|r| r.0).collect();
    names.sort();
    assert_eq!(names, ["eu-west-1", "eu-west-2", "europe-west2"]);
}

#[test]
fn a_computed_for_each_is_unresolved_never_guessed() {
    let (h, _) = observed(&[(
        "main.tf",
        "resource \"aws_s3_bucket\" \"a\" {\n  for_each = { for r in var.rs : r => r }\n  region   = each.value\n}\nresource \"aws_s3_bucket\" \"b\" {\n  for_each = data.aws_regions.all.names\n  region   = each.key\n}\nresource \"aws_s3_bucket\" \"c\" {\n  region = each.value\n}\nvariable \"rs\" {\n  default = [\"eu-west-2\"]\n}\n",
    )]);
    let (regions, unresolved) = reached(&h);
    assert!(regions.is_empty(), "{regions:?}");
    assert_eq!(
        unresolved,
        [
            "its `for_each` is computed when Terraform runs",
            "it is looked up from the cloud when Terraform runs",
            "`each` is used in a block with no `for_each` this reader follows"
        ]
    );
}

#[test]
fn a_tfvars_json_value_is_a_region_at_its_line() {
    let (h, sources) = observed(&[
        (
            "infra/main.tf",
            "provider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {}\n",
        ),
        (
            "infra/prod.auto.tfvars.json",
            "{\n  \"env\": \"prod\",\n  \"region\": \"eu-west-2\"\n}\n",
        ),
    ]);
    assert_eq!(reached(&h), (vec![("eu-west-2".into(), "tfvars")], vec![]));
    assert_eq!(
        line_of(&sources, "/observed/hosting/regions/0"),
        ("infra/prod.auto.tfvars.json".into(), 3)
    );
}

/// The resolver alone, on the first provider's region.
mod resolving {
    use super::super::resolve::{Outcome, Scope, callers, resolve};
    use super::super::terraform;
    use crate::collect::observe::Reader;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn values_of(files: &[(&str, &str)], dir: &str) -> Outcome {
        let tree = MemoryTree::new(files.iter().map(|(p, t)| (*p, *t)));
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        let config = terraform::read(&mut reader);
        let callers = callers(&config);
        let provider = &config.modules[dir].providers[0];
        let region = provider.region.clone().expect("a region");
        resolve(&config, &callers, Scope::plain(dir), &region)
    }

    fn texts(o: &Outcome) -> Vec<(&str, &str)> {
        o.values.iter().map(|v| (v.text.as_str(), v.via)).collect()
    }

    #[test]
    fn a_variable_resolves_to_its_tfvars_values_and_default() {
        let o = values_of(
            &[
                (
                    "main.tf",
                    "provider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {\n  default = \"eu-west-2\"\n}\n",
                ),
                ("env/prod.tfvars", "region = \"eu-west-1\"\n"),
            ],
            "",
        );
        assert_eq!(
            texts(&o),
            [("eu-west-1", "tfvars"), ("eu-west-2", "variable default")]
        );
        assert!(o.unknown.is_empty());
    }

    #[test]
    fn locals_templates_and_callers_are_followed() {
        let o = values_of(
            &[
                (
                    "root/main.tf",
                    "module \"app\" {\n  source = \"../app\"\n  where = local.home\n}\nlocals {\n  home = \"${var.r}\"\n}\nvariable \"r\" {\n  default = \"eu-west-2\"\n}\n",
                ),
                (
                    "app/main.tf",
                    "provider \"aws\" {\n  region = var.where\n}\nvariable \"where\" {}\n",
                ),
            ],
            "app",
        );
        assert_eq!(texts(&o), [("eu-west-2", "variable default")]);
    }

    #[test]
    fn what_runs_only_in_terraform_is_unknown_with_why() {
        let o = values_of(
            &[(
                "main.tf",
                "provider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {\n  type = string\n}\n",
            )],
            "",
        );
        assert!(o.values.is_empty());
        assert!(
            o.unknown[0].why.contains("given when Terraform runs"),
            "{:?}",
            o.unknown
        );
        let o = values_of(
            &[(
                "main.tf",
                "provider \"aws\" {\n  region = lookup(var.m, terraform.workspace)\n}\n",
            )],
            "",
        );
        assert_eq!(o.unknown[0].why, "it is computed when Terraform runs");
    }

    #[test]
    fn a_reference_loop_ends() {
        let o = values_of(
            &[(
                "main.tf",
                "provider \"aws\" {\n  region = local.a\n}\nlocals {\n  a = local.b\n  b = local.a\n}\n",
            )],
            "",
        );
        assert!(o.values.is_empty());
        assert!(
            o.unknown[0].why.contains("too many times"),
            "{:?}",
            o.unknown
        );
    }
}
