// Print view of a printable document: the print button opens the browser's print dialog.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
