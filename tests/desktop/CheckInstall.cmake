# cmake -DBUILD_DIR=<build> -DPREFIX=<scratch prefix> -DCONFIG=<config> -DAPP_ID=<id>
#       -P CheckInstall.cmake
#
# Installs the build into an empty scratch prefix, as `cmake --install` does for a user or a
# package, and checks that it holds both programs and the files a desktop looks for.

# An old installation must not make the test pass; DESTDIR would send the files elsewhere.
file(REMOVE_RECURSE "${PREFIX}")
unset(ENV{DESTDIR})

set(config_option "")
if(CONFIG)
    set(config_option --config "${CONFIG}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                        ${config_option}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed (${status}).")
endif()

set(expected
    bin/masar
    bin/masar-cli
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml)
set(missing "")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}" OR IS_DIRECTORY "${PREFIX}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "Missing from the installation in ${PREFIX}:\n  ${missing}")
endif()

# The files name each other by the id: the desktop entry its icon, the metainfo itself and
# the desktop entry it launches.
string(REPLACE "." "\\." id "${APP_ID}")
file(READ "${PREFIX}/share/applications/${APP_ID}.desktop" entry)
if(NOT entry MATCHES "\nIcon=${id}\n")
    message(FATAL_ERROR "${APP_ID}.desktop does not name the icon ${APP_ID}.")
endif()
file(READ "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<id>${id}</id>"
   OR NOT metainfo MATCHES "<launchable type=\"desktop-id\">${id}\\.desktop</launchable>")
    message(FATAL_ERROR "${APP_ID}.metainfo.xml does not name itself or ${APP_ID}.desktop.")
endif()
list(JOIN expected "\n  " expected)
message("Installed in ${PREFIX}:\n  ${expected}")
