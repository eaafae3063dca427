# The service runs in AWS London (ADR 0004).
provider "aws" {
  region = var.region
}

# CloudFront only takes certificates issued in us-east-1; nothing else
# uses this provider.
provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}
