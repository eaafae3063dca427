module "records" {
  source      = "./modules/records"
  environment = var.environment
}

resource "aws_acm_certificate" "portal" {
  provider          = aws.edge
  domain_name       = "portal.northshire.nhs.uk"
  validation_method = "DNS"
}

resource "aws_cloudfront_distribution" "portal" {
  enabled = true

  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.portal.arn
  }
}
