// Confirmation dialog for forms carrying data-confirm, shared by every page.
document.addEventListener('submit', function (event) {
  const form = event.target;
  if (!form.dataset || !form.dataset.confirm || form.dataset.confirmed === 'true') {
    return;
  }
  event.preventDefault();
  const dialogElement = document.getElementById('confirm-dialog');
  document.getElementById('confirm-dialog-text').textContent = form.dataset.confirm;
  const dialog = bootstrap.Modal.getOrCreateInstance(dialogElement);
  const ok = document.getElementById('confirm-dialog-ok');
  ok.onclick = function () {
    form.dataset.confirmed = 'true';
    dialog.hide();
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    form.dataset.confirmed = 'false';
  };
  dialog.show();
}, true);
