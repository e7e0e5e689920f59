# core/lagoon: Lagoon's rules for .lagoon.yml and docker-compose.yml (included from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
    lagoon/assist/composeassist.cpp lagoon/assist/composeassist.h
    lagoon/assist/composevocabulary.cpp lagoon/assist/composevocabulary.h
    lagoon/assist/editorassist.cpp lagoon/assist/editorassist.h
    lagoon/assist/lagoonymlassist.cpp lagoon/assist/lagoonymlassist.h
    lagoon/assist/servicetypehelp.cpp lagoon/assist/servicetypehelp.h
    lagoon/assist/yamlcursorcontext.cpp lagoon/assist/yamlcursorcontext.h
    lagoon/config/composegraph.cpp lagoon/config/composegraph.h
    lagoon/config/composeproject.h
    lagoon/config/composereader.cpp lagoon/config/composereader.h
    lagoon/config/composerules.cpp lagoon/config/composerules.h
    lagoon/config/crondescription.cpp lagoon/config/crondescription.h
    lagoon/config/diagnosticbuilder.h
    lagoon/config/editcheck.cpp lagoon/config/editcheck.h
    lagoon/config/lagoonconfig.cpp lagoon/config/lagoonconfig.h
    lagoon/config/lagooncron.cpp lagoon/config/lagooncron.h
    lagoon/config/lagoonprojectloader.cpp lagoon/config/lagoonprojectloader.h
    lagoon/config/lagoonvalidator.cpp lagoon/config/lagoonvalidator.h
    lagoon/config/lagoonymlreader.cpp lagoon/config/lagoonymlreader.h
    lagoon/config/lagoonymlschema.cpp lagoon/config/lagoonymlschema.h
    lagoon/config/lagoonymlrules.cpp lagoon/config/lagoonymlrules.h
    lagoon/config/namespacename.cpp lagoon/config/namespacename.h
    lagoon/config/routeannotationrules.cpp lagoon/config/routeannotationrules.h
    lagoon/config/servicetypes.cpp lagoon/config/servicetypes.h
    lagoon/config/textspan.h
    lagoon/config/yamlvalues.cpp lagoon/config/yamlvalues.h
    lagoon/plan/deployplan.cpp lagoon/plan/deployplan.h
    lagoon/plan/deployplanjson.cpp lagoon/plan/deployplanjson.h
    lagoon/plan/deployplanner.cpp lagoon/plan/deployplanner.h lagoon/plan/deployplanner_p.h
    lagoon/plan/deployplantext.cpp lagoon/plan/deployplantext.h
    lagoon/plan/ingressplanner.cpp lagoon/plan/routeplanner.cpp
    lagoon/plan/kubernetesnames.cpp lagoon/plan/kubernetesnames.h
    lagoon/plan/plannames.cpp lagoon/plan/plannames.h
    lagoon/plan/plannedcronjob.h lagoon/plan/plannedroute.h lagoon/plan/plannedservice.h lagoon/plan/plannedtask.h
    lagoon/plan/planinput.cpp lagoon/plan/planinput.h
    lagoon/plan/scheduleplanner.cpp lagoon/plan/serviceplanner.cpp
)
