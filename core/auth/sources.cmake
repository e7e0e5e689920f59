# core/auth: secrets, tokens and the three ways to sign in to Lagoon (browser, SSH key, pasted
# token). Included from core/CMakeLists.txt.
target_sources(lagoon_core PRIVATE
    auth/accounttokenprovider.cpp auth/accounttokenprovider.h
    auth/authlogging.cpp auth/authlogging.h
    auth/browserlogin.cpp auth/browserlogin.h
    auth/deliverlater.h
    auth/jwt.cpp auth/jwt.h
    auth/keychainsecretstore.cpp auth/keychainsecretstore.h
    auth/loginmethod.h
    auth/memorysecretstore.cpp auth/memorysecretstore.h
    auth/oautherrors.cpp auth/oautherrors.h
    auth/openidconfiguration.cpp auth/openidconfiguration.h
    auth/secretstore.cpp auth/secretstore.h
    auth/sshtokenerrors.cpp auth/sshtokenerrors.h
    auth/sshtokenlogin.cpp auth/sshtokenlogin.h
    auth/sshtokenoptions.h
    auth/tokenendpoint.cpp auth/tokenendpoint.h
    auth/tokenset.cpp auth/tokenset.h
)
