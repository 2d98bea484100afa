// Signature capture on a canvas with pointer events (touch, pen and mouse alike). The
// drawing goes to the form as a PNG data URL when the form is sent; keyboard-only users
// sign with the typed-name attestation instead.
(function () {
  'use strict';
  function init(canvas) {
    var form = canvas.closest('form');
    var input = form.querySelector('input[name=image]');
    var clear = form.querySelector('[data-signature-clear]');
    var ctx = canvas.getContext('2d');
    var drawing = false;
    var drawn = false;
    var last = null;
    canvas.style.touchAction = 'none';
    canvas.style.maxWidth = '100%';
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    function at(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true;
      last = at(e);
      if (canvas.setPointerCapture) {
        try { canvas.setPointerCapture(e.pointerId); } catch (ignored) { /* synthetic pointers */ }
      }
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) {
        return;
      }
      var p = at(e);
      ctx.beginPath();
      ctx.moveTo(last.x, last.y);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      last = p;
      drawn = true;
      e.preventDefault();
    });
    ['pointerup', 'pointercancel'].forEach(function (type) {
      canvas.addEventListener(type, function () { drawing = false; });
    });
    form.addEventListener('submit', function () {
      input.value = drawn ? canvas.toDataURL('image/png') : '';
    });
    if (clear) {
      clear.addEventListener('click', function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        drawn = false;
        input.value = '';
      });
    }
  }
  document.querySelectorAll('canvas[data-signature-pad]').forEach(init);
})();
