#!/bin/sh
# Stand-in for systemd's systemctl on a lab "systemd host" (the lab runs no systemd): answers
# `systemctl is-active UNIT` as systemd does for the host's MTA (`active`, exit 0; else `inactive`, exit 3).
[ "$1" = is-active ] || { echo "lab systemctl: only is-active is known" >&2; exit 1; }
case "$2" in
  postfix|postfix.service) p=$(tr -d ' ' < /var/spool/postfix/pid/master.pid 2>/dev/null) && [ -n "$p" ] && [ -d "/proc/$p" ] && { echo active; exit 0; } ;;
  sendmail|sendmail.service) [ -s /run/sendmail/mta/sendmail.pid ] && kill -0 "$(head -1 /run/sendmail/mta/sendmail.pid)" 2>/dev/null && { echo active; exit 0; } ;;
esac
echo inactive
exit 3
