variable "region" {
  type        = string
  description = "Where the portal's data is held"
  default     = "eu-west-2"
}

variable "environment" {
  type = string
}
