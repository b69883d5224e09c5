#pragma once
// Fixed-arity wrappers over libedit's variadic el_set/el_get/history, which Swift cannot call, and the SIGINT
// flag the REPL and the evaluator share. Only Sources/BylineShell/LineEditor.swift uses this module.
#include <stdio.h>
#include <histedit.h>

int cle_set_prompt(EditLine *el, char *(*prompt)(EditLine *));
int cle_set_clientdata(EditLine *el, void *data);
void *cle_clientdata(EditLine *el);
int cle_set_editor(EditLine *el, const char *mode);
int cle_set_signal(EditLine *el, int on);
int cle_set_history(EditLine *el, History *history);
int cle_add_function(EditLine *el, const char *name, const char *help, unsigned char (*function)(EditLine *, int));
int cle_bind(EditLine *el, const char *key, const char *function);
int cle_edit_mode(EditLine *el);

int cle_history_set_size(History *history, int size);
int cle_history_set_unique(History *history, int unique);
int cle_history_enter(History *history, const char *line);

FILE *cle_stdin(void);
FILE *cle_stdout(void);
FILE *cle_stderr(void);

// SIGINT without SA_RESTART, so that a read in el_gets returns with EINTR and the REPL can clear the line.
// A third press while the flag is still set (a query that does not stop) ends the process with status 130.
int cle_install_sigint(void);
int cle_take_interrupt(void);
int cle_interrupt_pending(void);
