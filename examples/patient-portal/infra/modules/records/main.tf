variable "environment" {
  type = string
}

resource "aws_s3_bucket" "documents" {
  bucket = "northshire-portal-documents-${var.environment}"
}

resource "aws_dynamodb_table" "appointments" {
  name         = "portal-appointments-${var.environment}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
