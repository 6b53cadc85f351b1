# cmake -DVALIDATOR=<program> -DPACKAGE=<Debian package> -P Validate.cmake -- <arguments>
#
# Runs a validator and fails if it is missing, if it fails, or if it reports any issue at all,
# even one it lets pass: desktop-file-validate exits 0 on warnings and hints, appstreamcli on
# pedantic hints.

if(NOT VALIDATOR)
    message(FATAL_ERROR "The validator is missing: install the Debian package ${PACKAGE} "
                        "(scripts/setup does), then configure again.")
endif()

set(arguments "")
set(after_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
    if(after_separator)
        list(APPEND arguments "${CMAKE_ARGV${i}}")
    elseif(CMAKE_ARGV${i} STREQUAL "--")
        set(after_separator TRUE)
    endif()
endforeach()

execute_process(COMMAND ${VALIDATOR} ${arguments}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
list(JOIN arguments " " command_line)
message("${VALIDATOR} ${command_line}\n${output}")

if(NOT status EQUAL 0)
    message(FATAL_ERROR "${VALIDATOR} failed (${status}).")
endif()
# desktop-file-validate: "<file>: error|warning|hint: ..."; appstreamcli: "E|W|I|P: ...".
if(output MATCHES ": (error|warning|hint): " OR output MATCHES "(^|\n)[EWIP]: ")
    message(FATAL_ERROR "${VALIDATOR} reported issues, printed above.")
endif()
