package wgll.security.encryption_missing_test

import data.wgll.security.encryption_missing as rule

test_passes_when_both_encrypted if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"encryption": {"at_rest": true, "in_transit": "tls1.2+"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_not_at_rest if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"encryption": {"at_rest": false, "in_transit": "tls1.3"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-11"
	f.at == "/manifest/security/encryption/at_rest"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"encryption": {"at_rest": false, "in_transit": "tls1.3"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_old_tls if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"encryption": {"at_rest": true, "in_transit": "tls1.0"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-11"
	f.at == "/manifest/security/encryption/in_transit"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"encryption": {"at_rest": true, "in_transit": "tls1.0"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

# A static site: nothing stored, the reason recorded, TLS in transit.
test_passes_when_nothing_is_stored if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"encryption": {"in_transit": "tls1.2+"}, "not_applicable": {"encryption_at_rest": "Static pages served from a CDN; no database"}}, "data_protection": {"personal_data": false}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_nothing_stored_but_personal_data if {
	ats := {f.at | some f in rule.deny} with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"encryption": {"in_transit": "tls1.2+"}, "not_applicable": {"encryption_at_rest": "Nothing stored"}}, "data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
	ats == {"/manifest/security/encryption/at_rest", "/manifest/security/not_applicable/encryption_at_rest"}
}
