#!/usr/bin/env bash
# PID 1 of one lab host, run inside its own network, mount, UTS and PID namespaces:
# puts the host's own configuration where the MTA (and later the probes) expect it, starts the MTA, waits.
# Env: HOST_DIR (prepared by scripts/lab.mjs), MTA (postfix|sendmail|exim|none), RUNNING (yes|no), SYSTEMD (yes|no), NO_PS (yes|no), HOST_NAME.
set -u
hostname "$HOST_NAME"
bind() { mount --bind "$HOST_DIR/$1" "$2"; }
bind hosts /etc/hosts
# No DNS: a resolver nobody listens on fails at once (the hosts route their replies to the lab, not to the internet).
bind resolv.conf /etc/resolv.conf
bind mailname /etc/mailname
bind etc-postfix /etc/postfix
bind spool-postfix /var/spool/postfix
bind lib-postfix /var/lib/postfix
bind etc-mail /etc/mail
bind spool-mqueue /var/spool/mqueue
bind lib-sendmail /var/lib/sendmail
bind etc-exim4 /etc/exim4
bind lib-exim4 /var/lib/exim4
bind spool-exim4 /var/spool/exim4
bind log-exim4 /var/log/exim4
# The host's own /run: pid files (Sendmail's /run/sendmail/mta/sendmail.pid, Exim's /run/exim4/exim.pid) are not shared between hosts.
mount -t tmpfs -o mode=0755 lab-run /run
mkdir -p /run/sendmail/mta /run/exim4
# A systemd host: systemctl answers as systemd would (the lab runs no systemd).
# A host without procps: no working ps.
if [ "$NO_PS" = yes ]; then
  mount --bind "$(dirname "$0")/no-ps.sh" "$(command -v ps)" || echo "no ps to hide" >&2
fi
if [ "$SYSTEMD" = yes ]; then
  mount --bind "$(dirname "$0")/systemctl.sh" /usr/bin/systemctl || echo "no /usr/bin/systemctl to stand in for" >&2
fi

# Exim's configuration is generated as Debian does, running or not.
if [ "$MTA" = exim ]; then
  chown -R Debian-exim:Debian-exim /var/spool/exim4 /var/log/exim4 /run/exim4
  update-exim4.conf >/dev/null 2>&1 || echo "update-exim4.conf failed" >&2
fi
if [ "$RUNNING" = yes ]; then
  case "$MTA" in
    postfix)
      chown postfix:postfix /var/lib/postfix
      postfix set-permissions >/dev/null 2>&1
      postfix start >/dev/null 2>&1 || echo "postfix did not start" >&2
      ;;
    sendmail)
      ( cd /etc/mail && m4 sendmail.mc > sendmail.cf 2>/dev/null && { [ ! -f access ] || /usr/libexec/sendmail/makemap hash access < access; } ) || echo "sendmail.cf did not build" >&2
      /usr/libexec/sendmail/sendmail -bd -q30m || echo "sendmail did not start" >&2
      ;;
    exim)
      # Exim's daemon does not detach when its parent is PID 1 (as under init or systemd): start it in the background.
      exim4 -bd -q30m &
      ;;
  esac
fi
echo ready
# Stay as PID 1 (and reap children) until the lab kills the namespace.
trap 'exit 0' TERM
while true; do sleep 3600 & wait $!; done
