# Hosting decisions among the decision records: which records are about
# where the service is hosted, and the hosting model one decides, read from
# its title and decision only when they name exactly one model.
package wgll.lib

# A record is a hosting decision when tagged so, when the manifest names it
# as the cloud plan, or when its title is about hosting.
hosting_decision(adr) if {
	some tag in object.get(adr, "tags", [])
	is_string(tag)
	lower(tag) in {"hosting", "cloud"}
}

hosting_decision(adr) if {
	plan := object.get(object_at(["hosting"]), "cloud_plan", null)
	is_string(plan)
	adr.file == trim_prefix(plan, "./")
}

hosting_decision(adr) if {
	is_string(adr.title)
	regex.match(`(?i)\bhost(s|ing|ed)?\b|\bdata cent(re|er)\b|\bcloud[ -](first|hosting|migration|provider)\b|\b(move|migrat\w*) to (the )?cloud\b`, adr.title)
}

# Words that name a hosting model, by model. Plain "cloud" names none:
# it is in "private cloud" and in most products' names.
hosting_model_words := {
	"public-cloud": `\baws\b|amazon web services|\bazure\b|google cloud|\bgcp\b|public cloud|oracle cloud`,
	"private-cloud": `private cloud`,
	"hybrid": `\bhybrid\b`,
	"on-premises": `on[- ]prem|data cent(re|er)|own servers|own hardware`,
}

text_or_empty(s) := s if is_string(s)

text_or_empty(s) := "" if not is_string(s)

# The hosting model a record decides: its title and decision name exactly
# one; undefined when they name none or several (a move from one to another
# names both, and is not guessed at).
decided_hosting_model(adr) := model if {
	sections := object.get(adr, "sections", {})
	text := lower(concat(" ", [
		text_or_empty(adr.title),
		text_or_empty(object.get(sections, "decision", "")),
		text_or_empty(object.get(sections, "decision_outcome", "")),
	]))
	models := {m | some m, words in hosting_model_words; regex.match(words, text)}
	count(models) == 1
	some model in models
}
