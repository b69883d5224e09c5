#include "CLineEdit.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

int cle_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) { return el_set(el, EL_PROMPT_ESC, prompt, '\1'); }
int cle_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
void *cle_clientdata(EditLine *el) {
  void *data = 0;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
int cle_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int cle_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int cle_set_history(EditLine *el, History *list) { return el_set(el, EL_HIST, history, list); }
int cle_add_function(EditLine *el, const char *name, const char *help, unsigned char (*function)(EditLine *, int)) {
  return el_set(el, EL_ADDFN, name, help, function);
}
int cle_bind(EditLine *el, const char *key, const char *function) { return el_set(el, EL_BIND, key, function, NULL); }
int cle_edit_mode(EditLine *el) {
  int mode = 1;
  if (el_get(el, EL_EDITMODE, &mode) != 0) return 1;
  return mode;
}

int cle_history_set_size(History *list, int size) {
  HistEvent event;
  return history(list, &event, H_SETSIZE, size);
}
int cle_history_set_unique(History *list, int unique) {
  HistEvent event;
  return history(list, &event, H_SETUNIQUE, unique);
}
int cle_history_enter(History *list, const char *line) {
  HistEvent event;
  return history(list, &event, H_ENTER, line);
}

FILE *cle_stdin(void) { return stdin; }
FILE *cle_stdout(void) { return stdout; }
FILE *cle_stderr(void) { return stderr; }

// One definition of the flag, here: a static in the header would give every includer its own.
static volatile sig_atomic_t interrupts = 0;

static void on_interrupt(int signal_number) {
  (void)signal_number;
  interrupts += 1;
  if (interrupts >= 3) {
    static const char message[] = "\nbyline: interrupted three times; quitting\n";
    (void)!write(STDERR_FILENO, message, sizeof message - 1);
    _exit(130);
  }
}

int cle_install_sigint(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // not SA_RESTART: the blocked read must return EINTR
  return sigaction(SIGINT, &action, NULL);
}

int cle_take_interrupt(void) {
  int pending = interrupts != 0;
  interrupts = 0;
  return pending;
}

int cle_interrupt_pending(void) { return interrupts != 0; }
