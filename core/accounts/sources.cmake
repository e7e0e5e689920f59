# core/accounts: the user's Lagoon accounts (settings without secrets), signing them in, and the
# import of lagoon-cli's contexts. Included from core/CMakeLists.txt.
target_sources(lagoon_core PRIVATE
    accounts/account.cpp accounts/account.h
    accounts/accountsignin.cpp accounts/accountsignin.h
    accounts/accountstore.cpp accounts/accountstore.h
    accounts/lagoonclicontext.h
    accounts/lagooncliconfig.cpp accounts/lagooncliconfig.h
    accounts/lagooncliimporter.cpp accounts/lagooncliimporter.h
)
