environment = "production"
region      = "eu-west-2"
