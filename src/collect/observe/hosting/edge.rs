//! Global edge services a cloud keeps in one fixed region whatever the
//! service's own region: AWS wants a CloudFront certificate, a CloudFront
//! web firewall and a DNSSEC signing key in us-east-1. An aliased provider
//! in that region used only for these holds no health or care data, so it
//! is not off-shore hosting.

use super::terraform::Resource;

/// Resource types that are edge services wherever they are declared.
const EDGE_TYPES: &[&str] = &[
    "aws_acm_certificate",
    "aws_acm_certificate_validation",
    "aws_route53_key_signing_key",
    "aws_shield_protection",
    "aws_shield_protection_group",
    "aws_kms_alias",
];

/// Prefixes of resource types that are edge services.
const EDGE_PREFIXES: &[&str] = &["aws_cloudfront_", "aws_waf_", "aws_route53_", "aws_iam_"];

/// CloudWatch namespaces whose metrics exist only in us-east-1.
const EDGE_METRICS: &[&str] = &["AWS/CloudFront", "AWS/WAFV2", "AWS/Route53", "AWS/Billing"];

/// Whether `resource` is a global edge service (or global configuration,
/// such as IAM and Route 53 records), which stores no data in its region.
pub fn is_edge(resource: &Resource) -> bool {
    let kind = resource.kind.as_str();
    if EDGE_TYPES.contains(&kind) || EDGE_PREFIXES.iter().any(|p| kind.starts_with(p)) {
        return true;
    }
    match kind {
        // A web firewall for CloudFront, not for a regional load balancer.
        k if k.starts_with("aws_wafv2_") => resource.literal("scope") == Some("CLOUDFRONT"),
        // The asymmetric signing key DNSSEC needs, not a data key.
        "aws_kms_key" => resource.literal("key_usage") == Some("SIGN_VERIFY"),
        "aws_cloudwatch_metric_alarm" => resource
            .literal("namespace")
            .is_some_and(|n| EDGE_METRICS.contains(&n)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(kind: &str, body: &str) -> Resource {
        Resource {
            data: false,
            kind: kind.into(),
            name: "x".into(),
            provider: "aws.edge".into(),
            body: hcl_edit::parser::parse_body(body).expect("parses"),
            file: "main.tf".into(),
        }
    }

    #[test]
    fn edge_services_are_told_from_data_stores() {
        assert!(is_edge(&resource(
            "aws_acm_certificate",
            "domain_name = \"x\"\n"
        )));
        assert!(is_edge(&resource("aws_cloudfront_distribution", "")));
        assert!(is_edge(&resource(
            "aws_wafv2_web_acl",
            "scope = \"CLOUDFRONT\"\n"
        )));
        assert!(!is_edge(&resource(
            "aws_wafv2_web_acl",
            "scope = \"REGIONAL\"\n"
        )));
        assert!(is_edge(&resource(
            "aws_kms_key",
            "key_usage = \"SIGN_VERIFY\"\n"
        )));
        assert!(!is_edge(&resource(
            "aws_kms_key",
            "description = \"data\"\n"
        )));
        assert!(is_edge(&resource(
            "aws_cloudwatch_metric_alarm",
            "namespace = \"AWS/CloudFront\"\n"
        )));
        assert!(!is_edge(&resource("aws_s3_bucket", "")));
        assert!(!is_edge(&resource("aws_dynamodb_table", "")));
    }
}
